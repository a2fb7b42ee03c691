package si.mama.portal.academy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** Who leads a training; an external expert counts for the plan's indicator. */
@Entity
@Table(name = "trainer")
public class Trainer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", nullable = false, updatable = false)
    private Training training;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "external_expert", nullable = false)
    private boolean externalExpert;

    @Column(nullable = false)
    private int position;

    protected Trainer() {
        // for JPA
    }

    Trainer(Training training, String name, boolean externalExpert, int position) {
        this.training = Objects.requireNonNull(training, "training");
        if (name == null || name.isBlank() || name.strip().length() > 150) {
            throw new IllegalArgumentException("A trainer needs a name of at most 150 characters");
        }
        this.name = name.strip();
        this.externalExpert = externalExpert;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isExternalExpert() {
        return externalExpert;
    }

    public int getPosition() {
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Trainer trainer && id != null && id.equals(trainer.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
