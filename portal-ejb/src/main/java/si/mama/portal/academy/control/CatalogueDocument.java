package si.mama.portal.academy.control;

import si.mama.portal.academy.entity.Trainer;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.academy.entity.TrainingSession;
import si.mama.portal.platform.export.DocumentModel;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The yearly training catalogue (Katalog usposabljanj) as a printable document: each training with its
 * topic, target groups, form and place, sessions, trainers, seats and registration deadline.
 */
public final class CatalogueDocument {

    private final Function<String, String> text;
    private final DateTimeFormatter dates;

    public CatalogueDocument(Function<String, String> text, Locale locale) {
        this.text = Objects.requireNonNull(text, "text");
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    public DocumentModel of(int year, List<Training> trainings) {
        String title = text.apply("catalogue.title") + " " + year;
        DocumentModel document = new DocumentModel(title).heading(0, title);
        document.paragraph(text.apply("academy.intro"));
        document.table(null, List.of(text.apply("academy.training"), text.apply("academy.when"),
                        text.apply("academy.format"), text.apply("academy.deadline")),
                trainings.stream().map(this::overviewRow).toList(), 5, 3, 2, 3);
        for (Training training : trainings) {
            document.heading(2, training.getTitle());
            document.labelled(text.apply("catalogue.topic"), training.getTopic());
            document.paragraph(training.getDescription());
            document.labelled(text.apply("academy.targetGroups") + ":", training.getTargetGroups().stream()
                    .map(group -> text.apply(group.bundleKey())).collect(Collectors.joining(", ")));
            document.labelled(text.apply("academy.format") + ":", text.apply("academy.format." + training.getFormat())
                    + (training.getLocation() == null ? "" : ", " + training.getLocation()));
            document.list(text.apply("academy.sessions") + ":", training.getSessions().stream().map(this::session).toList(), false);
            document.list(text.apply("academy.trainers") + ":", training.getTrainers().stream().map(this::trainer).toList(), false);
            document.labelled(text.apply("catalogue.seats"), training.getCapacity() + seatsNote(training));
            document.labelled(text.apply("academy.deadline") + ":", dates.format(training.getRegistrationDeadline()));
        }
        return document;
    }

    private List<String> overviewRow(Training training) {
        List<String> row = new ArrayList<>();
        row.add(training.getTitle());
        row.add(training.getFirstDay() == null ? "" : dates.format(training.getFirstDay()));
        row.add(text.apply("academy.format." + training.getFormat()));
        row.add(dates.format(training.getRegistrationDeadline()));
        return row;
    }

    private String seatsNote(Training training) {
        return training.getCentreQuota() == null ? ""
                : " (" + text.apply("academy.quota") + ": " + training.getCentreQuota() + ")";
    }

    private String session(TrainingSession session) {
        return dates.format(session.getDate()) + ", " + session.getStartsAt() + "–" + session.getEndsAt()
                + " (" + session.getHours().stripTrailingZeros().toPlainString() + " " + text.apply("academy.hoursShort") + ")";
    }

    private String trainer(Trainer trainer) {
        return trainer.getName() + (trainer.isExternalExpert() ? " (" + text.apply("academy.externalExpert") + ")" : "");
    }
}
