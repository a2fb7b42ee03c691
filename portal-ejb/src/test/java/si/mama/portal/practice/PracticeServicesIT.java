package si.mama.portal.practice;

import jakarta.inject.Inject;
import jakarta.persistence.Persistence;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.export.PdfExport;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.testing.MailTables;
import si.mama.portal.platform.testing.PracticeTables;
import si.mama.portal.platform.testing.TestCentres;
import si.mama.portal.platform.testing.TestDeployment;
import si.mama.portal.practice.boundary.AttachmentDownload;
import si.mama.portal.practice.boundary.PracticeCatalogue;
import si.mama.portal.practice.boundary.PracticeFilter;
import si.mama.portal.practice.boundary.PracticeReviews;
import si.mama.portal.practice.boundary.Practices;
import si.mama.portal.practice.control.PracticeCatalogueDocument;
import si.mama.portal.practice.entity.PartnerType;
import si.mama.portal.practice.entity.Practice;
import si.mama.portal.practice.entity.PracticeDetails;
import si.mama.portal.practice.entity.PracticeListing;
import si.mama.portal.practice.entity.PracticeStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static si.mama.portal.platform.testing.Callers.centreAdmin;
import static si.mama.portal.platform.testing.Callers.centreStaff;
import static si.mama.portal.platform.testing.Callers.officeAdmin;
import static si.mama.portal.platform.testing.Callers.officeSteward;

/**
 * The good-practice catalogue in Payara Micro against a real MariaDB: the centre writes and submits, the office
 * reviews and publishes, members and the public read what they may, and no centre ever sees another centre's draft,
 * by list or by id. Each test makes its own centres and practices with unique titles and topics, so tests never see
 * each other's data (or the demo data), whatever the order.
 */
@ExtendWith(ArquillianExtension.class)
public class PracticeServicesIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.portalEjb(PracticeServicesIT.class, MailTables.class, PracticeTables.class)
                .addAsLibraries(TestDeployment.testLibraries());
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Practices practices;

    @Inject
    PracticeCatalogue catalogue;

    @Inject
    PracticeReviews reviews;

    @Inject
    TestCentres centres;

    @Inject
    MailTables outbox;

    @Inject
    PracticeTables tables;

    @Test
    void theCentreAdminWritesADraftCompletesItAndSubmitsItWhileStaffOnlyRead() throws PortalException {
        Caller.CentreRef centre = centres.createMember("write");
        signIn(centreStaff(centre));
        assertThrows(AccessDeniedException.class, () -> practices.create(PracticeDetails.titled("Osnutek")));

        signIn(centreAdmin(centre));
        Practice draft = practices.create(PracticeDetails.titled(unique("Sodelovanje s šolami")));
        assertEquals(PracticeStatus.DRAFT, draft.getStatus());
        PortalException incomplete = refused("practice.error.incomplete", () -> practices.submit(draft.getId(), draft.getVersion()));
        assertEquals(List.of(PracticeDetails.REQUIRED_TO_SUBMIT.size()), Arrays.asList(incomplete.arguments()));

        Practice completed = practices.update(draft.getId(), draft.getVersion(), complete(draft.getTitle(), "Šole"));
        refused("practice.error.changedMeanwhile", () -> practices.update(draft.getId(), draft.getVersion(),
                complete("Staro", "Šole")));
        Practice submitted = practices.submit(completed.getId(), completed.getVersion());
        assertEquals(PracticeStatus.SUBMITTED, submitted.getStatus());
        assertEquals("SUBMITTED", tables.practice(draft.getId()).status());
        refused("practice.error.notEditable", () -> practices.update(submitted.getId(), submitted.getVersion(),
                complete("Spremenjeno po oddaji", "Šole")));
        refused("practice.error.alreadySubmitted", () -> practices.submit(submitted.getId(), submitted.getVersion()));
        refused("practice.error.notDraft", () -> practices.discard(submitted.getId()));

        signIn(centreStaff(centre));
        assertEquals(List.of(draft.getId()), practices.mine().stream().map(Practice::getId).toList(), "staff read their centre's");
        assertEquals(draft.getTitle(), practices.find(draft.getId()).getTitle());
        assertThrows(AccessDeniedException.class, () -> practices.submit(draft.getId(), submitted.getVersion()));
    }

    @Test
    void anotherCentresDraftIsInvisibleByListAndByIdToCentresTheOfficeAndThePublic() throws PortalException {
        Caller.CentreRef owner = centres.createMember("owner");
        Caller.CentreRef other = centres.createMember("other");
        signIn(centreAdmin(owner));
        Practice draft = practices.create(complete(unique("Skrivni osnutek"), "Skrivnost"));
        practices.attach(draft.getId(), "slika.png", PNG);
        long attachmentId = practices.find(draft.getId()).getAttachments().get(0).getId();
        PracticeTables.PracticeRow before = tables.practice(draft.getId());

        signIn(centreAdmin(other));
        assertTrue(practices.mine().isEmpty(), "a new centre has none, and sees none of another centre");
        assertThrows(NotFoundException.class, () -> practices.find(draft.getId()));
        assertThrows(NotFoundException.class, () -> practices.update(draft.getId(), before.version(), complete("Prevzeto", "X")));
        assertThrows(NotFoundException.class, () -> practices.submit(draft.getId(), before.version()));
        assertThrows(NotFoundException.class, () -> practices.attach(draft.getId(), "tuja.png", PNG));
        assertThrows(NotFoundException.class, () -> practices.detach(draft.getId(), attachmentId));
        assertThrows(NotFoundException.class, () -> practices.discard(draft.getId()));
        assertThrows(NotFoundException.class, () -> catalogue.find(draft.getId()));
        assertThrows(NotFoundException.class, () -> catalogue.attachment(draft.getId(), attachmentId));
        assertFalse(titles(catalogue.search(PracticeFilter.all())).contains(draft.getTitle()));

        signIn(officeAdmin());
        assertFalse(titles(reviews.queue(null)).contains(draft.getTitle()), "the office never sees a draft");
        assertThrows(NotFoundException.class, () -> catalogue.find(draft.getId()));
        assertThrows(NotFoundException.class, () -> reviews.publish(draft.getId(), before.version(), true));
        assertThrows(NotFoundException.class, () -> reviews.requestChanges(draft.getId(), before.version(), "Popravite"));

        signIn(Caller.anonymous());
        assertThrows(NotFoundException.class, () -> catalogue.find(draft.getId()));
        assertThrows(NotFoundException.class, () -> catalogue.attachment(draft.getId(), attachmentId));

        assertEquals(before, tables.practice(draft.getId()), "nothing was written");
        signIn(centreAdmin(owner));
        assertEquals(draft.getTitle(), catalogue.find(draft.getId()).getTitle(), "the owner reads its own draft");
        assertArrayEquals(PNG, catalogue.attachment(draft.getId(), attachmentId).content());
        practices.discard(draft.getId());
        assertFalse(tables.exists(draft.getId()));
    }

    @Test
    void theOfficeAdminPublishesForMembersThenForEveryoneAndTheCentreIsToldByMail() throws PortalException {
        Caller.CentreRef centre = centres.createMember("publish");
        String address = "info@" + centre.alias() + ".example.org";
        centres.setEmail(centre, address);
        Caller.CentreRef reader = centres.createMember("reader");
        Practice practice = submitted(centre, unique("Mladinska participacija"), "Participacija");
        long version = tables.practice(practice.getId()).version();

        signIn(officeSteward());
        assertTrue(titles(reviews.queue(PracticeStatus.SUBMITTED)).contains(practice.getTitle()), "office staff read it");
        assertThrows(AccessDeniedException.class, () -> reviews.publish(practice.getId(), version, false));
        signIn(centreAdmin(reader));
        assertThrows(AccessDeniedException.class, () -> reviews.publish(practice.getId(), version, false));
        assertThrows(NotFoundException.class, () -> catalogue.find(practice.getId()), "submitted is not published");

        signIn(officeAdmin());
        assertTrue(reviews.waiting() >= 1);
        List<PracticeStatus> queue = reviews.queue(null).stream().map(PracticeListing::getStatus).toList();
        List<PracticeStatus> workOrder = List.of(PracticeStatus.SUBMITTED, PracticeStatus.CHANGES_REQUESTED,
                PracticeStatus.PUBLISHED, PracticeStatus.WITHDRAWN);
        assertFalse(queue.contains(PracticeStatus.DRAFT), "never a draft");
        assertEquals(queue.stream().sorted(Comparator.comparingInt(workOrder::indexOf)).toList(), queue,
                "the waiting ones first");
        reviews.publish(practice.getId(), version, false);
        assertEquals("PUBLISHED", tables.practice(practice.getId()).status());
        List<MailTables.MailRow> mails = outbox.toRecipient(address);
        assertEquals(1, mails.size(), "the centre is told once");
        assertEquals("Dobra praksa objavljena: " + practice.getTitle(), mails.get(0).subject());

        signIn(centreStaff(reader));
        assertTrue(titles(catalogue.search(PracticeFilter.all())).contains(practice.getTitle()), "every member reads it");
        assertFalse(titles(catalogue.search(PracticeFilter.publicOnes())).contains(practice.getTitle()));
        signIn(Caller.anonymous());
        assertFalse(titles(catalogue.search(PracticeFilter.all())).contains(practice.getTitle()), "not public yet");
        assertThrows(NotFoundException.class, () -> catalogue.find(practice.getId()));

        signIn(officeAdmin());
        reviews.showPublicly(practice.getId(), tables.practice(practice.getId()).version(), true);
        signIn(Caller.anonymous());
        assertTrue(titles(catalogue.search(PracticeFilter.all())).contains(practice.getTitle()));
        assertEquals(practice.getTitle(), catalogue.find(practice.getId()).getTitle());
        assertTrue(catalogue.topics(true).contains("Participacija"));

        signIn(officeAdmin());
        reviews.withdraw(practice.getId(), tables.practice(practice.getId()).version());
        signIn(Caller.anonymous());
        assertThrows(NotFoundException.class, () -> catalogue.find(practice.getId()));
        signIn(centreStaff(reader));
        assertFalse(titles(catalogue.search(PracticeFilter.all())).contains(practice.getTitle()), "withdrawn is gone");
        signIn(centreStaff(centre));
        assertEquals(PracticeStatus.WITHDRAWN, practices.find(practice.getId()).getStatus(), "its centre still has it");
    }

    @Test
    void theOfficeAsksForChangesWithANoteAndTheCentreEditsAndSubmitsAgain() throws PortalException {
        Caller.CentreRef centre = centres.createMember("changes");
        String address = "info@" + centre.alias() + ".example.org";
        centres.setEmail(centre, address);
        Practice practice = submitted(centre, unique("Prostovoljstvo"), "Prostovoljstvo");
        long version = tables.practice(practice.getId()).version();

        signIn(officeAdmin());
        PortalException noNote = refused("practice.error.noteRequired", () -> reviews.requestChanges(practice.getId(), version, "  "));
        assertEquals("note", noNote.field());
        refused("practice.error.notPublished", () -> reviews.withdraw(practice.getId(), version));
        refused("practice.error.notPublished", () -> reviews.showPublicly(practice.getId(), version, true));
        refused("practice.error.changedMeanwhile", () -> reviews.publish(practice.getId(), version - 1, true));
        reviews.requestChanges(practice.getId(), version, "Dodajte rezultate v številkah.");
        refused("practice.error.notSubmitted", () -> reviews.publish(practice.getId(),
                tables.practice(practice.getId()).version(), true));
        assertTrue(outbox.toRecipient(address).stream().anyMatch(mail -> mail.subject().equals("Prosimo za popravke: "
                + practice.getTitle())));

        signIn(centreAdmin(centre));
        Practice sentBack = practices.find(practice.getId());
        assertEquals(PracticeStatus.CHANGES_REQUESTED, sentBack.getStatus());
        assertEquals("Dodajte rezultate v številkah.", sentBack.getReviewNote());
        Practice edited = practices.update(sentBack.getId(), sentBack.getVersion(), complete(sentBack.getTitle(), "Prostovoljstvo"));
        practices.attach(edited.getId(), "porocilo.pdf", PDF);
        refused("practice.error.changedMeanwhile", () -> practices.submit(edited.getId(), edited.getVersion()));
        practices.submit(edited.getId(), practices.find(edited.getId()).getVersion());

        signIn(officeAdmin());
        reviews.publish(practice.getId(), tables.practice(practice.getId()).version(), true);
        assertEquals(2, outbox.toRecipient(address).size(), "told of the request and of the publication");
        PracticeTables.PracticeRow row = tables.practice(practice.getId());
        assertEquals("PUBLISHED", row.status());
        assertTrue(row.publicVisible());
        assertEquals(null, row.reviewNote(), "the request is settled");
    }

    @Test
    void filesAreCheckedByContentSizeAndCountAndReadOnlyWhereThePracticeIs() throws PortalException {
        Caller.CentreRef centre = centres.createMember("files");
        Caller.CentreRef reader = centres.createMember("files-reader");
        signIn(centreAdmin(centre));
        Practice practice = practices.create(complete(unique("Delavnice o duševnem zdravju"), "Duševno zdravje"));
        practices.attach(practice.getId(), "plakat.png", PNG);
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        refused("practice.error.fileType", () -> practices.attach(practice.getId(), "slika.png", executable));
        refused("practice.error.fileType", () -> practices.attach(practice.getId(), "risba.svg",
                "<svg><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8)));
        byte[] large = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        refused("practice.error.fileTooLarge", () -> practices.attach(practice.getId(), "velik.pdf", large));
        refused("practice.error.fileEmpty", () -> practices.attach(practice.getId(), "prazen.pdf", new byte[0]));
        for (int i = 2; i <= Practice.MAX_ATTACHMENTS; i++) {
            practices.attach(practice.getId(), "porocilo-" + i + ".pdf", PDF);
        }
        refused("practice.error.tooManyAttachments", () -> practices.attach(practice.getId(), "prevec.pdf", PDF));
        assertEquals(Practice.MAX_ATTACHMENTS, tables.practice(practice.getId()).attachments());

        Practice stored = practices.find(practice.getId());
        assertFalse(Persistence.getPersistenceUtil().isLoaded(stored.getAttachments().get(0), "content"),
                "the page's list of files does not load their bytes");
        long image = stored.getAttachments().get(0).getId();
        long last = stored.getAttachments().get(Practice.MAX_ATTACHMENTS - 1).getId();
        assertTrue(stored.getAttachments().get(0).isImage());
        assertEquals("image/png", stored.getAttachments().get(0).getContentType());
        practices.detach(practice.getId(), last);
        assertEquals(Practice.MAX_ATTACHMENTS - 1, tables.practice(practice.getId()).attachments());
        Practice current = practices.find(practice.getId());
        practices.submit(current.getId(), current.getVersion());

        signIn(centreStaff(reader));
        assertThrows(NotFoundException.class, () -> catalogue.attachment(practice.getId(), image), "not published yet");
        signIn(officeSteward());
        AttachmentDownload forOffice = catalogue.attachment(practice.getId(), image);
        assertArrayEquals(PNG, forOffice.content(), "the office reads what it reviews");
        assertTrue(forOffice.image());
        signIn(officeAdmin());
        reviews.publish(practice.getId(), tables.practice(practice.getId()).version(), false);

        signIn(centreStaff(reader));
        AttachmentDownload download = catalogue.attachment(practice.getId(), image);
        assertEquals("plakat.png", download.fileName());
        assertEquals("image/png", download.contentType());
        assertArrayEquals(PNG, download.content());
        assertEquals(Practice.MAX_ATTACHMENTS - 1, catalogue.find(practice.getId()).getAttachments().size());
        assertThrows(NotFoundException.class, () -> catalogue.attachment(practice.getId(), last), "a removed file is gone");
        signIn(Caller.anonymous());
        assertThrows(NotFoundException.class, () -> catalogue.attachment(practice.getId(), image), "not public");
        signIn(centreAdmin(centre));
        refused("practice.error.notEditable", () -> practices.attach(practice.getId(), "pozneje.png", PNG));
        refused("practice.error.notEditable", () -> practices.detach(practice.getId(), image));
    }

    @Test
    void theCatalogueIsSearchedByTextRegionTopicAndPartnerType() throws PortalException {
        String topic = unique("Tema");
        Caller.CentreRef posavje = centres.createMember("posavje", Region.POSAVSKA);
        Caller.CentreRef gorenjska = centres.createMember("gorenjska", Region.GORENJSKA);
        Practice schools = published(posavje, new PracticeDetails(unique("Šolski klub"), "Mladinski delavci v šolah vodijo debatni klub.",
                topic, "dijaki", "Gimnazija", Set.of(PartnerType.SCHOOL, PartnerType.MUNICIPALITY), "30 dijakov",
                "Kontakt Primer", "kontakt@example.org"), false);
        Practice business = published(gorenjska, new PracticeDetails(unique("Poletno delo"), "Podjetja sprejmejo mlade na počitniško delo.",
                topic, "mladi 15–19", "Lokalna podjetja", Set.of(PartnerType.BUSINESS), "12 mladih zaposlenih",
                "Kontakt Primer", "kontakt@example.org"), true);

        signIn(centreStaff(posavje));
        assertEquals(Set.of(schools.getTitle(), business.getTitle()), Set.copyOf(titles(search(null, null, topic, null))));
        assertEquals(List.of(schools.getTitle()), titles(search(null, Region.POSAVSKA, topic, null)));
        assertEquals(List.of(business.getTitle()), titles(search(null, null, topic, PartnerType.BUSINESS)));
        assertEquals(List.of(schools.getTitle()), titles(search(null, null, topic, PartnerType.SCHOOL)));
        assertEquals(List.of(), titles(search(null, null, topic, PartnerType.NGO)));
        assertEquals(List.of(schools.getTitle()), titles(search("DEBATNI", null, topic, null)), "text, any case");
        assertEquals(List.of(business.getTitle()), titles(search("počitniško", null, topic, null)));
        assertTrue(catalogue.topics(false).contains(topic));

        signIn(Caller.anonymous());
        assertEquals(List.of(business.getTitle()), titles(search(null, null, topic, null)),
                "a visitor reads the public one only, even when asking for more");
        signIn(officeAdmin());
        assertEquals(Set.of(schools.getTitle(), business.getTitle()), Set.copyOf(titles(search(null, null, topic, null))));
        assertEquals(List.of(business.getTitle()), titles(catalogue.search(new PracticeFilter(null, null, topic, null, true))),
                "the public page shows the public ones to anyone");
    }

    @Test
    void theCatalogueAsPdfHoldsWhatTheReaderMayRead() throws PortalException, IOException {
        String topic = unique("PDF tema");
        Caller.CentreRef centre = centres.createMember("pdf", Region.KOROSKA);
        Practice forMembers = published(centre, complete(unique("Za članice"), topic), false);
        Practice forEveryone = published(centre, new PracticeDetails(unique("Za vse"), "Opis za vse.", topic, "mladi",
                "Knjižnica", Set.of(PartnerType.PUBLIC_INSTITUTION), "Rezultati za vse.", "Kontakt Primer",
                "kontakt@example.org"), true);

        signIn(Caller.anonymous());
        String visitors = pdfText(catalogue.search(new PracticeFilter(null, null, topic, null, true)));
        assertTrue(visitors.contains(forEveryone.getTitle()) && visitors.contains("Rezultati za vse."), visitors);
        assertFalse(visitors.contains(forMembers.getTitle()), "a visitor's PDF holds the public ones only");

        signIn(centreStaff(centre));
        String members = pdfText(catalogue.search(new PracticeFilter(null, null, topic, null, false)));
        assertTrue(members.contains(forMembers.getTitle()) && members.contains(forEveryone.getTitle()), members);
        assertTrue(members.contains("region.KOROSKA"), "each practice names its region (here by its bundle key)");
    }

    private static String pdfText(List<PracticeListing> practices) throws IOException {
        byte[] pdf = new PdfExport().render(new PracticeCatalogueDocument(key -> key, Locale.forLanguageTag("sl"))
                .of("Katalog", practices));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    // ------------------------------------------------------------------ helpers

    private List<PracticeListing> search(String text, Region region, String topic, PartnerType type) {
        return catalogue.search(new PracticeFilter(text, region, topic, type, false));
    }

    private Practice submitted(Caller.CentreRef centre, String title, String topic) throws PortalException {
        signIn(centreAdmin(centre));
        Practice practice = practices.create(complete(title, topic));
        return practices.submit(practice.getId(), practice.getVersion());
    }

    private Practice published(Caller.CentreRef centre, PracticeDetails details, boolean shownPublicly) throws PortalException {
        signIn(centreAdmin(centre));
        Practice created = practices.create(details);
        Practice practice = practices.submit(created.getId(), created.getVersion());
        signIn(officeAdmin());
        reviews.publish(practice.getId(), tables.practice(practice.getId()).version(), shownPublicly);
        return practice;
    }

    private static PracticeDetails complete(String title, String topic) {
        return new PracticeDetails(title, "Kaj smo naredili in kako.", topic, "mladi 15–29 let", "OŠ Primer, Občina Primer",
                EnumSet.of(PartnerType.SCHOOL, PartnerType.MUNICIPALITY), "Kaj je iz tega nastalo.", "Kontakt Primer",
                "kontakt@example.org");
    }

    private static String unique(String title) {
        return title + " " + System.nanoTime();
    }

    private static List<String> titles(List<PracticeListing> listings) {
        return listings.stream().map(PracticeListing::getTitle).toList();
    }

    private void signIn(Caller caller) {
        currentUser.signIn(caller);
    }

    @FunctionalInterface
    private interface PortalCall {
        void run() throws PortalException;
    }

    private static PortalException refused(String key, PortalCall call) {
        PortalException refused = assertThrows(PortalException.class, call::run);
        assertEquals(key, refused.messageKey());
        return refused;
    }
}
