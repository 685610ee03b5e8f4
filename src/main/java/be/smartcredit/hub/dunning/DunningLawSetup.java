package be.smartcredit.hub.dunning;

import be.smartcredit.hub.dunning.law.BelgianCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The legal rules the engine uses: stand-ins until the law package's classes are plugged in here. */
@Configuration(proxyBeanMethods = false)
class DunningLawSetup {

    @Bean
    TermRule termRule() {
        return new LawTermRule(new BelgianCalendar());
    }

    @Bean
    FeeRule feeRule() {
        return new SimpleFeeRule();
    }

    @Bean
    StatementCalculator statementCalculator() {
        return new OpenAmountsStatement();
    }
}
