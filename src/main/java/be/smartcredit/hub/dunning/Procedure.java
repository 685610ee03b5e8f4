package be.smartcredit.hub.dunning;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A dunning procedure as data: an ordered list of steps a client chose, and the residual below which
 * an open amount is written off.
 */
public record Procedure(String name, List<ProcedureStep> steps, BigDecimal writeOffBelow) {

    public Procedure {
        steps = List.copyOf(steps);
    }

    /**
     * This procedure with every step named in {@code kinds} waiting for the client's approval, as a connector's
     * {@code approvals} asks on top of its procedure file.
     */
    public Procedure withApprovals(Collection<String> kinds) {
        if (kinds.isEmpty()) {
            return this;
        }
        return new Procedure(name, steps.stream().map(s -> kinds.contains(s.kind().name()) && !s.needsApproval()
                ? s.requiringApproval() : s).toList(), writeOffBelow);
    }

    public Optional<ProcedureStep> step(StepKind kind) {
        return steps.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** The steps after {@code kind} in order; all steps when {@code kind} is null. */
    public List<ProcedureStep> stepsAfter(StepKind kind) {
        if (kind == null) {
            return steps;
        }
        int index = indexOf(kind);
        return index < 0 ? List.of() : steps.subList(index + 1, steps.size());
    }

    public int indexOf(StepKind kind) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }
}
