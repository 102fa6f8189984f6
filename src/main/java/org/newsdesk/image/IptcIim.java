package org.newsdesk.image;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * IPTC IIM, the older photo metadata: inside a JPEG's Photoshop APP13 segment, image resource 0x0404 holds
 * datasets tagged 0x1C, record, dataset, length. We read 2:120 Caption/Abstract, 2:80 By-line and 2:110 Credit
 * Line. Text is UTF-8 when 1:90 says so (or when it decodes as UTF-8), else Latin-1, IIM's usual default.
 */
final class IptcIim {
    private static final int IPTC_RESOURCE = 0x0404;
    private static final int TAG = 0x1C;

    private IptcIim() {
    }

    static EmbeddedText read(byte[] photoshopResources) {
        byte[] iim = iptcBlock(photoshopResources);
        return iim == null ? EmbeddedText.NONE : datasets(iim);
    }

    /** Walks the "8BIM" resource blocks: signature, id, padded Pascal name, size, padded data. */
    private static byte[] iptcBlock(byte[] bytes) {
        int i = 0;
        while (i + 12 <= bytes.length) {
            if (bytes[i] != '8' || bytes[i + 1] != 'B' || bytes[i + 2] != 'I' || bytes[i + 3] != 'M') {
                return null;
            }
            int id = u16(bytes, i + 4);
            int nameLength = bytes[i + 6] & 0xFF;
            int nameField = nameLength + 1 + ((nameLength + 1) % 2); // padded to an even length
            int sizeAt = i + 6 + nameField;
            if (sizeAt + 4 > bytes.length) {
                return null;
            }
            long size = ((long) u16(bytes, sizeAt) << 16) | u16(bytes, sizeAt + 2);
            int dataAt = sizeAt + 4;
            if (size > bytes.length - dataAt) {
                return null;
            }
            if (id == IPTC_RESOURCE) {
                byte[] data = new byte[(int) size];
                System.arraycopy(bytes, dataAt, data, 0, data.length);
                return data;
            }
            i = dataAt + (int) size + (int) (size % 2);
        }
        return null;
    }

    private static EmbeddedText datasets(byte[] iim) {
        boolean utf8Declared = false;
        byte[] caption = null;
        byte[] credit = null;
        List<byte[]> byLines = new ArrayList<>();
        int i = 0;
        while (i + 5 <= iim.length && (iim[i] & 0xFF) == TAG) {
            int record = iim[i + 1] & 0xFF;
            int dataset = iim[i + 2] & 0xFF;
            int length = u16(iim, i + 3);
            if ((length & 0x8000) != 0 || i + 5 + length > iim.length) {
                break; // extended lengths are for binary previews, never for text; stop there
            }
            byte[] value = new byte[length];
            System.arraycopy(iim, i + 5, value, 0, length);
            if (record == 1 && dataset == 90) {
                utf8Declared = value.length >= 3 && value[0] == 0x1B && value[1] == '%' && value[2] == 'G';
            } else if (record == 2 && dataset == 120) {
                caption = value;
            } else if (record == 2 && dataset == 110) {
                credit = value;
            } else if (record == 2 && dataset == 80) {
                byLines.add(value);
            }
            i += 5 + length;
        }
        boolean utf8 = utf8Declared;
        List<String> names = byLines.stream().map(b -> text(b, utf8)).filter(s -> !s.isBlank()).toList();
        return new EmbeddedText(text(caption, utf8), EmbeddedText.credit(String.join(", ", names), text(credit, utf8)), "");
    }

    private static String text(byte[] value, boolean utf8Declared) {
        if (value == null) {
            return "";
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException notUtf8) {
            return utf8Declared ? new String(value, StandardCharsets.UTF_8) : new String(value, StandardCharsets.ISO_8859_1);
        }
    }

    private static int u16(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
    }
}
