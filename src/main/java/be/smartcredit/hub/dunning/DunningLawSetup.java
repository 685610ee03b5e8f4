package be.smartcredit.hub.dunning;

import be.smartcredit.hub.dunning.law.BelgianCalendar;
import be.smartcredit.hub.dunning.law.DebtStatementCalculator;
import be.smartcredit.hub.dunning.law.RateTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The legal rules the engine uses: terms, fees and statements from the law package, with the shipped rate table. */
@Configuration(proxyBeanMethods = false)
class DunningLawSetup {

    @Bean
    TermRule termRule() {
        return new LawTermRule(new BelgianCalendar());
    }

    @Bean
    FeeRule feeRule() {
        return new LawFeeRule();
    }

    @Bean
    StatementCalculator statementCalculator() {
        return new LawStatement(new DebtStatementCalculator(RateTable.defaults()));
    }
}
