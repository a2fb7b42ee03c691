package si.mama.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import si.mama.portal.launcher.TestStack;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A staff member asks to attend a training; the centre is told by mail; the centre admin approves on the
 * training's page and the staff member gets the confirmation. Brežice lets its staff ask with the admin's approval.
 */
@ExtendWith(Browser.class)
class StaffRequestJourneyIT {

    private static final String TRAINING = "Digitalno mladinsko delo: orodja in varnost na spletu";
    private static final String STAFF_NAME = "Gregor Kolar";

    @Test
    void aStaffMemberAsksTheAdminApprovesAndBothAreToldByMail(Browser browser) {
        // the admin sets the centre's rule, and a stack reused from an earlier run starts clean
        browser.signIn("brezice.admin");
        browser.click(By.xpath("//div[@id='staffRequestsForm:staffRequests']//label[contains(., 'vodstvo odobri')]"));
        browser.click(By.id("staffRequestsForm:saveStaffRequests"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl-message"), "shranjena"));
        openTraining(browser);
        clearRegistrationsOf(browser);
        browser.signOut();

        // the staff member asks
        browser.signIn("brezice.staff");
        openTraining(browser);
        assertTrue(browser.find(By.id("ownCard")).getText().contains("vodstvo vašega centra"), browser.find(By.id("ownCard")).getText());
        browser.click(By.id("requestForm:requestSeat"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("ownStatus"), "čaka na potrditev"));
        browser.keepEvidence("academy-staff-requested");
        TestStack.mailCatcher().ifPresent(catcher -> CaughtMail.await(catcher, "Prošnja za prijavo: " + TRAINING,
                STAFF_NAME + " iz vašega centra prosi"));
        browser.signOut();

        // the admin approves
        browser.signIn("brezice.admin");
        openTraining(browser);
        browser.click(By.cssSelector("#registrationsForm\\:registrations tr.registration-REQUESTED .approve-request"));
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#registrationsForm\\:registrations tr.registration-REQUESTED"), 0));
        assertTrue(browser.find(By.cssSelector("#registrationsForm\\:registrations")).getText().contains(STAFF_NAME));
        browser.keepEvidence("academy-request-approved");
        TestStack.mailCatcher().ifPresent(catcher -> CaughtMail.await(catcher, "Prijava potrjena: " + TRAINING,
                "Pozdravljeni, " + STAFF_NAME));
        browser.signOut();

        // and the staff member sees the seat
        browser.signIn("brezice.staff");
        openTraining(browser);
        assertTrue(browser.find(By.id("ownStatus")).getText().contains("potrjena"), browser.find(By.id("ownStatus")).getText());
    }

    private static void openTraining(Browser browser) {
        browser.click(By.id("navAcademy"));
        browser.click(By.linkText(TRAINING));
        browser.find(By.id("trainingTitle"));
    }

    /** Declines open requests and cancels seats of Brežice on the training (the admin's page). */
    private static void clearRegistrationsOf(Browser browser) {
        String action = "#registrationsForm\\:registrations .decline-request, #registrationsForm\\:registrations .cancel-registration";
        while (!browser.driver().findElements(By.cssSelector(action)).isEmpty()) {
            int before = browser.driver().findElements(By.cssSelector(action)).size();
            browser.click(By.cssSelector(action));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitUntil(ExpectedConditions.numberOfElementsToBeLessThan(By.cssSelector(action), before));
        }
    }
}
