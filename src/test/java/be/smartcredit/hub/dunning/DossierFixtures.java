package be.smartcredit.hub.dunning;

import be.smartcredit.hub.dunning.DossierState.ClaimState;
import be.smartcredit.hub.dunning.DossierState.Hold;
import be.smartcredit.hub.dunning.DossierState.PlanState;
import be.smartcredit.hub.dunning.DossierState.StepTaken;
import be.smartcredit.hub.dunning.law.BelgianCalendar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Small builders of dossier states and procedures for the planner's tests. */
final class DossierFixtures {

    static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    private DossierFixtures() {
    }

    static Procedure shipped(String name) {
        try {
            Path file = Path.of("procedures", name + ".yaml");
            return new ProcedureReader().read(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Procedure procedure(String yaml) {
        return new ProcedureReader().read("procedures/test.yaml", ("name: test\n" + yaml).getBytes());
    }

    static DunningPlanner planner() {
        return new DunningPlanner(new LawTermRule(new BelgianCalendar()), new LawFeeRule(), 10);
    }

    static ClaimBuilder claim(long id) {
        return new ClaimBuilder(id);
    }

    static DossierBuilder consumer() {
        return new DossierBuilder(DebtorKind.CONSUMER);
    }

    static DossierBuilder business() {
        return new DossierBuilder(DebtorKind.BUSINESS);
    }

    /** Builds one claim. */
    static final class ClaimBuilder {

        private final long id;
        private LocalDate issued = DUE.minusDays(30);
        private LocalDate due = DUE;
        private BigDecimal amount = new BigDecimal("100.00");
        private BigDecimal open;
        private String status = "OPEN";
        private BigDecimal charged = BigDecimal.ZERO;
        private final List<Hold> holds = new ArrayList<>();
        private final Map<StepKind, LocalDate> steps = new EnumMap<>(StepKind.class);

        ClaimBuilder(long id) {
            this.id = id;
        }

        ClaimBuilder due(LocalDate date) {
            this.due = date;
            this.issued = date.minusDays(30);
            return this;
        }

        ClaimBuilder amount(String value) {
            this.amount = new BigDecimal(value);
            return this;
        }

        ClaimBuilder open(String value) {
            this.open = new BigDecimal(value);
            return this;
        }

        ClaimBuilder status(String value) {
            this.status = value;
            return this;
        }

        ClaimBuilder held(HoldKind kind, LocalDate until) {
            holds.add(new Hold(kind, until));
            return this;
        }

        ClaimBuilder charged(String fee) {
            this.charged = new BigDecimal(fee);
            return this;
        }

        ClaimBuilder had(StepKind kind, LocalDate termEndsOn) {
            steps.put(kind, termEndsOn);
            return this;
        }

        ClaimState build() {
            return new ClaimState(id, issued, due, amount, open == null ? amount : open, status, holds, steps,
                    charged);
        }
    }

    /** Builds one dossier's state. */
    static final class DossierBuilder {

        private final DebtorKind debtor;
        private boolean email;
        private DossierStatus status = DossierStatus.ACTIVE;
        private StepKind approved;
        private final List<ClaimState> claims = new ArrayList<>();
        private final List<StepTaken> steps = new ArrayList<>();
        private PlanState plan;

        DossierBuilder(DebtorKind debtor) {
            this.debtor = debtor;
        }

        DossierBuilder withEmail() {
            this.email = true;
            return this;
        }

        DossierBuilder status(DossierStatus value) {
            this.status = value;
            return this;
        }

        DossierBuilder approved(StepKind step) {
            this.approved = step;
            return this;
        }

        DossierBuilder with(ClaimBuilder... builders) {
            for (ClaimBuilder builder : builders) {
                claims.add(builder.build());
            }
            return this;
        }

        DossierBuilder took(StepKind kind, LocalDate on, LocalDate termEndsOn) {
            steps.add(new StepTaken(kind, 0, on, termEndsOn));
            return this;
        }

        DossierBuilder plan(LocalDate agreedOn, String paidSince, DossierState.Instalment... instalments) {
            this.plan = new PlanState(1, agreedOn, List.of(instalments), new BigDecimal(paidSince));
            return this;
        }

        DossierState build() {
            return new DossierState(42, debtor, email, status, approved, claims, steps, plan);
        }
    }

    static DossierState.Instalment instalment(LocalDate dueOn, String amount) {
        return new DossierState.Instalment(dueOn, new BigDecimal(amount));
    }
}
