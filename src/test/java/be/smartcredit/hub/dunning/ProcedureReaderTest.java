package be.smartcredit.hub.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProcedureReaderTest {

    private final ProcedureReader reader = new ProcedureReader();

    @Test
    void readsTheShippedDefaultProcedureWithEveryStepInOrder() {
        Procedure procedure = DossierFixtures.shipped("default");

        assertThat(procedure.steps()).extracting(ProcedureStep::kind).containsExactly(StepKind.values());
        assertThat(procedure.writeOffBelow()).isEqualByComparingTo("5.00");
        assertThat(procedure.step(StepKind.REMINDER_2).orElseThrow().fee()).isEqualTo(FeePolicy.LEGAL);
        assertThat(procedure.step(StepKind.JUDICIAL_RECOVERY).orElseThrow().needsApproval()).isTrue();
    }

    @Test
    void readsAProcedureThatStartsAtTheReminders() {
        Procedure procedure = DossierFixtures.shipped("reminders-only");

        assertThat(procedure.steps()).extracting(ProcedureStep::kind)
                .containsExactly(StepKind.REMINDER_1, StepKind.REMINDER_2, StepKind.FORMAL_NOTICE);
        assertThat(procedure.step(StepKind.REMINDER_1).orElseThrow().days()).isEqualTo(7);
    }

    @Test
    void namesTheFileAndEveryFieldAtFault() {
        String yaml = """
                name: broken
                steps:
                  - kind: REMINDER_9
                    when: { days: -1, after: due-date }
                    channels: [pigeon]
                  - kind: REMINDER_1
                    when: { days: 1, after: sometime }
                    colour: red
                """;

        assertThatThrownBy(() -> reader.read("procedures/broken.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProcedureDefinitionException.class)
                .hasMessageStartingWith("procedures/broken.yaml: ")
                .hasMessageContaining("field 'steps[0].kind' has 'REMINDER_9'")
                .hasMessageContaining("field 'steps[0].when.days'")
                .hasMessageContaining("field 'steps[0].channels' has 'pigeon'")
                .hasMessageContaining("field 'steps[1].when.after' has 'sometime'")
                .hasMessageContaining("field 'steps[1].colour' is not known");
    }

    @Test
    void refusesStepsOutOfOrderAndAFirstStepCountingFromAPreviousTerm() {
        String yaml = """
                name: backwards
                steps:
                  - kind: REMINDER_2
                    when: { days: 0, after: previous-term }
                    channels: [post]
                  - kind: REMINDER_1
                    when: { days: 0, after: due-date }
                    channels: [post]
                """;

        assertThatThrownBy(() -> reader.read("procedures/backwards.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("field 'steps[1].kind' REMINDER_1 comes after REMINDER_2")
                .hasMessageContaining("field 'steps[0].when.after' the first step cannot count");
    }

    @Test
    void refusesANameThatIsNotTheFilesName() {
        byte[] yaml = "name: other\nsteps:\n  - kind: SMS_REMINDER\n    when: {days: 0, after: due-date}\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("procedures/mine.yaml", yaml))
                .hasMessageContaining("field 'name' is 'other' but the file is named 'mine'");
    }
}
