package app.backline.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.network.ProxySettings;
import app.backline.network.ProxySettings.Kind;
import app.backline.network.ProxySettings.Mode;
import app.backline.testing.FakeNetworkSettings;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.TaskRunner;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProxyViewModelTest {

    private final FakeNetworkSettings network = new FakeNetworkSettings();
    private final StatusViewModel status = new StatusViewModel();
    private final ProxyViewModel model = new ProxyViewModel(network, TaskRunner.inline(), status,
            Messages.load(Locale.US));
    private final AtomicInteger closed = new AtomicInteger();

    @Test
    void theSystemProxyIsTheDefaultAndSaves() {
        model.load();
        assertTrue(model.loadedProperty().get());
        assertEquals(Mode.SYSTEM, model.modeProperty().get());
        assertFalse(model.manualProperty().get());
        assertTrue(model.validProperty().get());
        model.modeProperty().set(Mode.NONE);
        model.save(closed::incrementAndGet);
        assertEquals(List.of(new ProxySettings(Mode.NONE, Kind.HTTP, null, 0, null, null)), network.saved());
        assertEquals("Backline now connects directly, without a proxy", status.messageProperty().get());
        assertEquals(1, closed.get());
    }

    @Test
    void aManualProxyNeedsAHostAndAPort() {
        model.modeProperty().set(Mode.MANUAL);
        assertTrue(model.manualProperty().get());
        assertFalse(model.validProperty().get());
        assertEquals("", model.hostProblemProperty().get(), "no scolding before typing");
        model.hostProperty().set("http://proxy.label.example");
        assertEquals("Enter the host name only, without http://", model.hostProblemProperty().get());
        model.hostProperty().set("proxy label");
        assertEquals("A host name has no spaces, slashes or @", model.hostProblemProperty().get());
        model.hostProperty().set("Proxy.Label.example");
        model.portProperty().set("80800");
        assertEquals("A port is a number from 1 to 65535", model.portProblemProperty().get());
        model.portProperty().set("eighty");
        assertEquals("A port is a number from 1 to 65535", model.portProblemProperty().get());
        assertFalse(model.validProperty().get());
        model.portProperty().set(" 3128 ");
        assertTrue(model.validProperty().get());
        model.kindProperty().set(Kind.SOCKS);
        model.passwordProperty().set("secret-without-user");
        model.save(closed::incrementAndGet);
        ProxySettings saved = network.proxy();
        assertEquals(new ProxySettings(Mode.MANUAL, Kind.SOCKS, "proxy.label.example", 3128, null, null), saved,
                "a password without a user name is not sent");
        assertEquals("Backline now connects through the manual proxy", status.messageProperty().get());
    }

    @Test
    void credentialsGoWithAUserAndComeBackWhenLoaded() {
        model.modeProperty().set(Mode.MANUAL);
        model.hostProperty().set("proxy.label.example");
        model.portProperty().set("8080");
        model.userProperty().set("  social ");
        model.passwordProperty().set("p4ss word");
        model.save(closed::incrementAndGet);
        assertEquals("social", network.proxy().user());
        assertEquals("p4ss word", network.proxy().password());
        ProxyViewModel again = new ProxyViewModel(network, TaskRunner.inline(), status, Messages.load(Locale.US));
        again.load();
        assertEquals(Mode.MANUAL, again.modeProperty().get());
        assertEquals("8080", again.portProperty().get());
        assertEquals("social", again.userProperty().get());
        assertEquals("p4ss word", again.passwordProperty().get());
    }

    @Test
    void aRefusalStaysInTheDialogInTheSettingsWords() {
        network.failWith("Could not write network.properties: the disk is full");
        model.modeProperty().set(Mode.NONE);
        model.save(closed::incrementAndGet);
        assertEquals("Could not write network.properties: the disk is full", model.saveProblemProperty().get());
        assertEquals(0, closed.get(), "the dialog stays open");
        assertFalse(model.savingProperty().get());
        assertNull(network.saved().isEmpty() ? null : network.saved());
    }
}
