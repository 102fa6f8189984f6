package org.newsdesk.importer;

/** HTML as real programs put it on the clipboard, for the cleaner's tests and the editor's paste tests. */
public final class ClipboardSamples {
    private ClipboardSamples() {
    }

    /** What Word 365 on Windows puts on the clipboard (trimmed, but with its real quirks). */
    public static final String WORD = """
            <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
            xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
            <head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
            <meta name=Generator content="Microsoft Word 15">
            <style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
            @list l0:level1 {mso-level-number-format:bullet;} --></style>
            <!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
            </head>
            <body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>
            <!--StartFragment-->
            <h2 style='mso-margin-top-alt:auto'><span style='mso-fareast-font-family:"Times New Roman"'>Festival opens in Tangier<o:p></o:p></span></h2>
            <p class=MsoNormal><span style='font-size:12.0pt;color:#333333'>The festival <b>opened</b> on
            <i style='mso-bidi-font-style:normal'>Monday</i> with <u>forty</u> <s>thirty</s> workshops.<o:p></o:p></span></p>
            <p class=MsoNormal><o:p>&nbsp;</o:p></p>
            <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
            style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span
            style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Restoration<o:p></o:p></p>
            <p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
            style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Paper conservation<o:p></o:p></p>
            <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
            style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><![endif]>Calligraphy<o:p></o:p></p>
            <p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
            style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Register online<o:p></o:p></p>
            <p class=MsoNormal>E = mc<sup>2</sup> and H<sub>2</sub>O, see <a href="https://example.org/festival">the site</a>.</p>
            <p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'><span lang=AR-SA
            style='font-family:"Arial",sans-serif'>افتتح المهرجان في طنجة.<o:p></o:p></span></p>
            <!--EndFragment-->
            </body></html>
            """;

    /** What Google Docs puts on the clipboard: everything wrapped in a non-bold <b>, styles on spans. */
    public static final String GOOGLE_DOCS = """
            <meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-3f1c2a7b-7fff-1b2c-8d11-5a1e4c0f9d21">
            <h3 dir="ltr" style="line-height:1.38;margin-top:16pt;margin-bottom:4pt;"><span style="font-size:13.999999999999998pt;font-family:Arial,sans-serif;color:#434343;font-weight:400;">Programme</span></h3>
            <p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;font-style:normal;">The </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:700;font-style:normal;">third</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;font-style:italic;"> season</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;"> starts, see </span><a href="https://www.google.com/url?q=https://example.org&amp;sa=D" style="text-decoration:none;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#1155cc;font-weight:400;text-decoration:underline;-webkit-text-decoration-skip:none;">the site</span></a><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">.</span></p>
            <br>
            <ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">
            <li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">Manuscripts</span></p></li>
            <li dir="ltr" style="list-style-type:circle;font-size:11pt;font-family:Arial,sans-serif;" aria-level="2"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;text-decoration:line-through;">Binding</span></p></li>
            </ul>
            <ol style="margin-top:0;margin-bottom:0;"><li dir="ltr" style="list-style-type:decimal;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-weight:400;vertical-align:super;">1</span><span style="font-weight:400;">st step</span></p></li></ol>
            <p dir="rtl" style="line-height:1.38;"><span style="font-weight:400;">نص عربي</span></p>
            </b>
            """;
}
