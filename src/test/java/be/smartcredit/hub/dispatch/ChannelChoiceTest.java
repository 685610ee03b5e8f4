package be.smartcredit.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.dispatch.ChannelChoice.Reachability;
import be.smartcredit.hub.dispatch.ChannelRules.DeliveryMode;
import be.smartcredit.hub.dispatch.ChannelRules.StepChannels;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelChoiceTest {

    @Test
    void sendsByEmailWhenTheDebtorHasAnAddressAndByPostOtherwise() {
        StepChannels defaults = ChannelRules.DEFAULT.defaults();

        List<Channel> withAddress = ChannelChoice.candidates(defaults, new Reachability(true, false));
        List<Channel> withoutAddress = ChannelChoice.candidates(defaults, new Reachability(false, false));

        assertThat(withAddress).containsExactly(Channel.EMAIL, Channel.POST);
        assertThat(ChannelChoice.tryNext(defaults.mode(), Set.of(Channel.EMAIL))).isFalse();
        assertThat(withoutAddress).containsExactly(Channel.POST);
    }

    @Test
    void leavesOutTextChannelsWithoutAMobileNumber() {
        StepChannels step = new StepChannels(List.of(Channel.SMS, Channel.WHATSAPP, Channel.POST), DeliveryMode.ALL);

        List<Channel> candidates = ChannelChoice.candidates(step, new Reachability(true, false));

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
        Set<Channel> noticeOnly = Set.of(Channel.SMS);
        Set<Channel> nothing = Set.of();

        boolean afterNotice = ChannelChoice.postNeeded(noticeOnly);
        boolean afterNothing = ChannelChoice.postNeeded(nothing);

        assertThat(afterNotice).isTrue();
        assertThat(afterNothing).isTrue();
        assertThat(ChannelChoice.postNeeded(Set.of(Channel.EMAIL))).isFalse();
    }
}
