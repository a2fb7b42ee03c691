package si.mama.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static si.mama.portal.browser.InputAttack.parameters;
import static si.mama.portal.browser.InputAttack.target;

/**
 * Where the input attack sends its values: every page's query parameters, and the main forms of each role. The forms
 * that store work on the suite's own records (a draft practice, training, meeting, news issue and questionnaire, the
 * 2099 fees) or on records {@link AttackIT} puts back afterwards (the centres' contact fields and profile, new people,
 * contacts and log lines); no invitation reaches Keycloak (its address is never valid).
 */
final class AttackTargets {

    private AttackTargets() {
    }

    static List<InputAttack.Parameter> queryParameters() {
        List<InputAttack.Parameter> all = new ArrayList<>();
        String centre = "brezice.admin";
        all.addAll(parameters(centre, "/practices/view", "", "id"));
        all.addAll(parameters(centre, "/practices/edit", "", "id"));
        all.addAll(parameters(centre, "/public/practices/view", "", "id"));
        all.addAll(parameters(centre, "/news/issue", "", "id"));
        all.addAll(parameters(centre, "/academy/training", "", "id"));
        all.addAll(parameters(centre, "/academy/index", "", "year", "q"));
        all.addAll(parameters(centre, "/surveys/answer", "", "id"));
        all.addAll(parameters(centre, "/surveys/results", "", "id"));
        all.addAll(parameters(centre, "/surveys/results", "id=1", "region"));
        all.addAll(parameters(centre, "/plan/index", "", "year", "version", "month", "area", "q"));
        all.addAll(parameters(centre, "/plan/progress", "", "year", "month"));
        all.addAll(parameters(centre, "/practices/index", "", "q", "region", "topic", "partner"));
        all.addAll(parameters(centre, "/practices/file", "file=1", "practice"));
        all.addAll(parameters(centre, "/practices/file", "practice=1", "file"));
        all.addAll(parameters(centre, "/practices/export", "", "q", "region", "topic", "partner"));
        all.addAll(parameters(centre, "/academy/catalogue", "", "year"));
        String visitor = "signed-out";
        all.addAll(parameters(visitor, "/public/plan", "", "year", "version"));
        all.addAll(parameters(visitor, "/public/plan/export", "format=pdf", "year", "version"));
        all.addAll(parameters(visitor, "/public/plan/export", "year=2021", "format"));
        all.addAll(parameters(visitor, "/public/practices/index", "", "q", "region", "topic", "partner"));
        all.addAll(parameters(visitor, "/public/practices/export", "", "q", "region", "topic", "partner"));
        all.addAll(parameters(visitor, "/public/certificate", "", "code"));
        all.addAll(parameters(visitor, "/public/news/unsubscribe", "", "token"));
        String office = "office.admin";
        all.addAll(parameters(office, "/office/meeting", "", "id"));
        all.addAll(parameters(office, "/office/survey", "", "id"));
        all.addAll(parameters(office, "/office/survey-preview", "", "id"));
        all.addAll(parameters(office, "/office/survey-results", "", "id"));
        all.addAll(parameters(office, "/office/survey-results", "id=1", "region"));
        all.addAll(parameters(office, "/office/attendance", "", "training"));
        all.addAll(parameters(office, "/office/plan-diff", "newer=1", "older"));
        all.addAll(parameters(office, "/office/plan-diff", "older=1", "newer"));
        all.addAll(parameters(office, "/office/plan", "", "id"));
        all.addAll(parameters(office, "/office/plan", "id=1", "area"));
        all.addAll(parameters(office, "/office/fees", "", "year", "unpaid"));
        all.addAll(parameters(office, "/office/news-issue", "", "id"));
        all.addAll(parameters(office, "/office/centres", "", "region", "q"));
        all.addAll(parameters(office, "/office/centre", "", "id"));
        all.addAll(parameters(office, "/office/proposals", "", "year"));
        all.addAll(parameters(office, "/office/coverage", "", "year"));
        all.addAll(parameters(office, "/office/practices", "", "status"));
        all.addAll(parameters(office, "/office/mail", "", "status", "q"));
        all.addAll(parameters(office, "/office/surveys", "", "year"));
        all.addAll(parameters(office, "/office/training", "", "id", "year"));
        all.addAll(parameters(office, "/office/proposals/export", "format=xlsx", "year"));
        all.addAll(parameters(office, "/office/proposals/export", "year=2021", "format"));
        all.addAll(parameters(office, "/office/plan/export", "format=pdf", "id"));
        all.addAll(parameters(office, "/office/plan/export", "id=1", "format"));
        all.addAll(parameters(office, "/office/survey/export", "format=csv", "id"));
        all.addAll(parameters(office, "/office/survey/export", "id=1", "format"));
        all.addAll(parameters(office, "/office/survey/export", "id=1&format=pdf", "region"));
        all.addAll(parameters(office, "/office/attendance/export", "format=csv", "training"));
        all.addAll(parameters(office, "/office/attendance/export", "training=1", "format"));
        all.addAll(parameters(office, "/office/fees/export", "", "year", "unpaid"));
        return all;
    }

    static List<InputAttack.Target> forms(AttackFixtures db) {
        String practice = "/practices/edit?id=" + db.breziceDraft;
        String training = "/office/training?id=" + db.draftTraining;
        String meeting = "/office/meeting?id=" + db.thirdMeeting;
        String third = "/office/centre?id=" + db.third;
        return List.of(
                // a centre admin: the staff list, the centre's record and contacts, a practice
                target("brezice.admin", "/centre/index", "staffForm:addPerson", "personForm:savePerson",
                        List.of("personForm:firstName", "personForm:lastName", "personForm:email", "personForm:position"),
                        Map.of("personForm:firstName", "Napad", "personForm:lastName", "Preizkus {n}",
                                "personForm:email", "napad{n}@example.org"), "/centre/index"),
                target("brezice.staff", "/centre/index", null, "staffForm:search", List.of("staffForm:search"), Map.of()),
                target("brezice.admin", "/centre/record", null, "contactFieldsForm:saveContactFields",
                        List.of("contactFieldsForm:email", "contactFieldsForm:phone", "contactFieldsForm:website"), Map.of(),
                        "/centre/record", "/centre/index"),
                target("brezice.admin", "/centre/record", "recordContactsForm:addContact", "contactPersonForm:saveContactPerson",
                        List.of("contactPersonForm:contactName", "contactPersonForm:contactEmail", "contactPersonForm:contactPhone"),
                        Map.of("contactPersonForm:contactName", "Napad {n}"), "/centre/record"),
                target("brezice.admin", practice, null, "practiceForm:savePractice",
                        List.of("practiceForm:title", "practiceForm:summary", "practiceForm:topic", "practiceForm:targetGroup",
                                "practiceForm:partners", "practiceForm:results", "practiceForm:contactName",
                                "practiceForm:contactEmail"),
                        Map.of("practiceForm:title", "Napadna praksa"), "/practices/view?id=" + db.breziceDraft, practice),
                // centre staff answer a questionnaire: a long text and a number
                target("brezice.staff", "/surveys/answer?id=3", null, "js:portalSurveySave", List.of("values", "other"),
                        Map.of("code", "predlogi", "token", "attack-{n}"), "/surveys/answer?id=3"),
                target("brezice.staff", "/surveys/answer?id=3", null, "js:portalSurveySave", List.of("values", "code"),
                        Map.of("code", "zaposleni", "token", "attack-{n}", "values", "[\"3\"]"), "/surveys/answer?id=3"),
                // the office: a training with its sessions and trainers, minutes, news, a centre's record
                target("office.admin", training, null, "trainingForm:saveTraining",
                        List.of("trainingForm:title", "trainingForm:topic", "trainingForm:description", "trainingForm:location",
                                "trainingForm:year_hinput", "trainingForm:capacity_hinput", "trainingForm:centreQuota_hinput",
                                "trainingForm:deadline_input", "trainingForm:format_input", "trainingForm:targetGroups"),
                        Map.of("trainingForm:title", "Napadno usposabljanje", "trainingForm:targetGroups", "PROFESSIONAL",
                                "trainingForm:capacity_hinput", "20", "trainingForm:year_hinput", "2099",
                                "trainingForm:deadline_input", "10. 1. 2099"),
                        training, "/academy/training?id=" + db.draftTraining),
                target("office.admin", training, null, "sessionsForm:addSession",
                        List.of("sessionsForm:sessionDate_input", "sessionsForm:sessionStart_input", "sessionsForm:sessionEnd_input"),
                        Map.of("sessionsForm:sessionDate_input", "20. 1. 2099"), training),
                target("office.admin", training, null, "trainersForm:addTrainer", List.of("trainersForm:trainerName"), Map.of(),
                        training),
                target("office.admin", meeting, null, "proposalForm:addProposal", List.of("proposalForm:proposalText"), Map.of(),
                        meeting, "/office/proposals"),
                target("office.admin", meeting, null, "followUpForm:addFollowUp",
                        List.of("followUpForm:task", "followUpForm:ownerName", "followUpForm:dueOn_input"),
                        Map.of("followUpForm:task", "Naloga {n}", "followUpForm:side", "OFFICE"), meeting),
                target("office.admin", meeting, null, "minutesForm:saveMinutes",
                        List.of("minutesForm:situation", "minutesForm:needs", "minutesForm:sharedNotes", "minutesForm:internalNote"),
                        Map.of(), meeting),
                target("office.admin", "/office/news-issue?id=" + db.draftNews, null, "issueForm:saveIssue",
                        List.of("issueForm:title", "issueForm:editorial"), Map.of("issueForm:title", "Osnutek novic"),
                        "/office/news-issue?id=" + db.draftNews),
                target("office.admin", third, null, "contactForm:logContact",
                        List.of("contactForm:contactNote", "contactForm:contactedOn_input"),
                        Map.of("contactForm:contactNote", "Klic {n}"), third),
                target("office.admin", third, "recordActionsForm:editProfile", "profileForm:saveProfile",
                        List.of("profileForm:legalName", "profileForm:registrationNumber", "profileForm:taxNumber",
                                "profileForm:street", "profileForm:postcode", "profileForm:postTown", "profileForm:foundedYear_hinput",
                                "profileForm:memberSince_input", "profileForm:hostelBeds_hinput"), Map.of(), third),
                target("office.admin", third, null, "contactFieldsForm:saveContactFields",
                        List.of("contactFieldsForm:email", "contactFieldsForm:phone", "contactFieldsForm:website"), Map.of(),
                        third, "/office/centres"),
                target("office.admin", "/office/accounts", "accountsForm:inviteOffice", "inviteForm:sendInvitation",
                        List.of("inviteForm:firstName", "inviteForm:lastName", "inviteForm:email"),
                        Map.of("inviteForm:firstName", "Napad", "inviteForm:lastName", "Preizkus", "inviteForm:email", "ni-naslov")),
                target("office.admin", "/office/centres", null, "centresForm:text", List.of("centresForm:text"), Map.of()),
                target("office.admin", "/office/mail", null, "mailForm:text", List.of("mailForm:text"), Map.of()),
                target("office.admin", "/office/survey?id=" + db.draftQuestionnaire, "statusForm:editDetails",
                        "detailsForm:saveDetails",
                        List.of("detailsForm:title", "detailsForm:introduction", "detailsForm:year_hinput",
                                "detailsForm:opensOn_input", "detailsForm:closesOn_input", "detailsForm:audience"),
                        Map.of("detailsForm:title", "Osnutek vprašalnika"), "/office/survey?id=" + db.draftQuestionnaire),
                target("office.admin", "/office/fees?year=2099", "feeActionsForm:setFee", "setFeeForm:saveFee",
                        List.of("setFeeForm:amountDue_hinput", "setFeeForm:dueOn_input"),
                        Map.of("setFeeForm:amountDue_hinput", "50", "setFeeForm:dueOn_input", "31. 3. 2099"), "/office/fees?year=2099"),
                // a steward keeps the contact log of a centre of theirs
                target("office.steward", "/office/centre?id=" + db.brezice, null, "contactForm:logContact",
                        List.of("contactForm:contactNote"), Map.of(), "/office/centre?id=" + db.brezice));
    }
}
