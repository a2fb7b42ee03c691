package si.mama.portal.practice.boundary;

import java.util.Objects;

/** One file of a practice as it goes to the browser: its name, its kind (checked when it was added) and its bytes. */
public record AttachmentDownload(String fileName, String contentType, boolean image, byte[] content) {

    public AttachmentDownload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
