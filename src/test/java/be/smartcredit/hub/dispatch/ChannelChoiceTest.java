package be.smartcredit.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.dispatch.ChannelChoice.Reachability;
import be.smartcredit.hub.dispatch.ChannelRules.DeliveryMode;
import be.smartcredit.hub.dispatch.ChannelRules.StepChannels;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelChoiceTest {

    @Test
    void sendsByEmailWhenTheDebtorHasAnAddressAndByPostOtherwise() {
        StepChannels defaults = ChannelRules.DEFAULT.defaults();

        List<Channel> withAddress = ChannelChoice.candidates(defaults, new Reachability(true, false, true));
        List<Channel> withoutAddress = ChannelChoice.candidates(defaults, new Reachability(false, false, true));

        assertThat(withAddress).containsExactly(Channel.EMAIL, Channel.POST);
        assertThat(ChannelChoice.tryNext(defaults.mode(), Set.of(Channel.EMAIL))).isFalse();
        assertThat(withoutAddress).containsExactly(Channel.POST);
    }

    @Test
    void leavesOutTextChannelsWithoutAMobileNumber() {
        StepChannels step = new StepChannels(List.of(Channel.SMS, Channel.WHATSAPP, Channel.POST), DeliveryMode.ALL);

        List<Channel> candidates = ChannelChoice.candidates(step, new Reachability(true, false, true));

        assertThat(candidates).containsExactly(Channel.POST);
    }

    @Test
    void usesEveryReachableChannelInModeAll() {
        StepChannels step = new StepChannels(List.of(Channel.EMAIL, Channel.POST), DeliveryMode.ALL);

        boolean next = ChannelChoice.tryNext(step.mode(), Set.of(Channel.EMAIL));

        assertThat(next).isTrue();
    }

    @Test
    void postsTheLetterWhenOnlyANoticeWentOrNothingWent() {
        Reachability everything = new Reachability(true, true, true);

        Optional<Channel> afterNotice = ChannelChoice.fallback(Set.of(Channel.SMS), everything);
        Optional<Channel> afterNothing = ChannelChoice.fallback(Set.of(), everything);

        assertThat(afterNotice).contains(Channel.POST);
        assertThat(afterNothing).contains(Channel.POST);
        assertThat(ChannelChoice.fallback(Set.of(Channel.EMAIL), everything)).isEmpty();
    }

    @Test
    void mailsTheLetterInsteadOfPostingItWhenTheDebtorHasNoPostalAddress() {
        Reachability noPostalAddress = new Reachability(true, true, false);
        StepChannels postOnly = new StepChannels(List.of(Channel.SMS, Channel.POST), DeliveryMode.ALL);

        List<Channel> candidates = ChannelChoice.candidates(postOnly, noPostalAddress);
        Optional<Channel> fallback = ChannelChoice.fallback(Set.of(Channel.SMS), noPostalAddress);

        assertThat(candidates).containsExactly(Channel.SMS);
        assertThat(fallback).contains(Channel.EMAIL);
    }

    @Test
    void findsNoWayForTheLetterWithoutPostalOrUsableEmailAddress() {
        Reachability noAddress = new Reachability(false, true, false);
        Reachability refusedMail = new Reachability(true, false, false);

        Optional<Channel> withoutAny = ChannelChoice.fallback(Set.of(Channel.SMS), noAddress);
        Optional<Channel> afterRefusal = ChannelChoice.fallback(Set.of(Channel.EMAIL, Channel.SMS), refusedMail);

        assertThat(withoutAny).isEmpty();
        assertThat(afterRefusal).isEmpty();
    }
}
