package si.mama.portal.practice.entity;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentFileTest {

    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final byte[] WEBP = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String rule(Runnable change) {
        return assertThrows(PracticeRuleViolation.class, change::run).rule();
    }

    @Test
    void imagesAndDocumentsAreRecognisedByTheirContent() throws IOException {
        assertEquals(AttachmentType.PNG, AttachmentFile.of("a.png", PracticeTest.PNG).type());
        assertEquals(AttachmentType.JPEG, AttachmentFile.of("a.jpg", JPEG).type());
        assertEquals(AttachmentType.WEBP, AttachmentFile.of("a.webp", WEBP).type());
        assertEquals(AttachmentType.PDF, AttachmentFile.of("porocilo.pdf", PDF).type());
        AttachmentFile docx = AttachmentFile.of("porocilo.docx", zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"));
        assertEquals(AttachmentType.DOCX, docx.type());
        assertTrue(AttachmentType.PNG.isImage());
        assertFalse(AttachmentType.DOCX.isImage());
        assertEquals("image/webp", AttachmentType.WEBP.contentType());
    }

    @Test
    void aFileNamedLikeAnImageButWithOtherContentIsRefused() throws IOException {
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertEquals("fileType", rule(() -> AttachmentFile.of("slika.png", executable)));
        assertEquals("fileType", rule(() -> AttachmentFile.of("risba.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8))));
        byte[] otherZip = zip("[Content_Types].xml", "xl/workbook.xml");
        assertEquals("fileType", rule(() -> AttachmentFile.of("tabela.docx", otherZip)), "a spreadsheet is not a Word document");
    }

    @Test
    void emptyAndTooLargeFilesAreRefused() {
        assertEquals("fileEmpty", rule(() -> AttachmentFile.of("prazna.pdf", new byte[0])));
        byte[] large = new byte[AttachmentFile.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertEquals("fileTooLarge", rule(() -> AttachmentFile.of("velika.pdf", large)));
        byte[] largest = new byte[AttachmentFile.MAX_BYTES];
        System.arraycopy(PDF, 0, largest, 0, PDF.length);
        assertEquals(AttachmentFile.MAX_BYTES, AttachmentFile.of("ravno.pdf", largest).size());
    }

    @Test
    void theNameLosesItsFoldersAndGetsTheExtensionOfItsContent() {
        assertEquals("foto.jpg", AttachmentFile.of("C:\\Users\\mc\\foto.JPG", JPEG).fileName());
        assertEquals("foto.jpeg", AttachmentFile.of("foto.jpeg", JPEG).fileName());
        assertEquals("foto.png", AttachmentFile.of("../../foto.jpg", PracticeTest.PNG).fileName());
        assertEquals("porocilo.pdf", AttachmentFile.of("porocilo", PDF).fileName());
        assertEquals("datoteka.pdf", AttachmentFile.of("/tmp/.pdf", PDF).fileName());
        assertEquals("zlo.pdf", AttachmentFile.of("zlo\u0000\".pdf", PDF).fileName());
        assertTrue(AttachmentFile.of("x".repeat(400) + ".pdf", PDF).fileName().length() <= AttachmentFile.NAME_MAX);
    }
}
