package app.backline.ui.network;

import app.backline.network.NetworkSettings;
import app.backline.network.ProxySettings;
import app.backline.network.ProxySettings.Kind;
import app.backline.network.ProxySettings.Mode;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Problems;
import app.backline.ui.fx.TaskRunner;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Network: the operating system's proxy (default), no proxy, or a manual HTTP or SOCKS proxy with
 * optional credentials. Read and saved through {@link NetworkSettings} off the FX thread.
 */
public final class ProxyViewModel {

    private final NetworkSettings network;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.SYSTEM);
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.HTTP);
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper hostProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper portProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper manual = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    public ProxyViewModel(NetworkSettings network, TaskRunner tasks, StatusViewModel status, Messages messages) {
        this.network = network;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        for (Observable input : new Observable[] {mode, kind, host, port, user, password}) {
            input.addListener(changed -> validate());
        }
        validate();
    }

    /** Reads the saved choice into the form. */
    public void load() {
        tasks.run(progress -> network.proxy(), this::show, failure -> saveProblem.set(Problems.userText(failure,
                messages)));
    }

    private void show(ProxySettings proxy) {
        mode.set(proxy.mode());
        kind.set(proxy.kind());
        host.set(proxy.host() == null ? "" : proxy.host());
        port.set(proxy.port() > 0 ? Integer.toString(proxy.port()) : "");
        user.set(proxy.user() == null ? "" : proxy.user());
        password.set(proxy.password() == null ? "" : proxy.password());
        loaded.set(true);
    }

    private void validate() {
        boolean isManual = mode.get() == Mode.MANUAL;
        manual.set(isManual);
        hostProblem.set(isManual ? hostProblem(host.get().strip()) : "");
        portProblem.set(isManual ? portProblem(port.get().strip()) : "");
        saveProblem.set("");
        valid.set(!isManual || (!host.get().isBlank() && !port.get().isBlank() && hostProblem.get().isEmpty()
                && portProblem.get().isEmpty()));
    }

    private String hostProblem(String text) {
        if (text.contains("://")) {
            return messages.text("network.problem.scheme");
        }
        boolean clean = text.chars().noneMatch(c -> Character.isWhitespace(c) || c == '/' || c == '@');
        return clean ? "" : messages.text("network.problem.host");
    }

    private String portProblem(String text) {
        if (text.isEmpty()) {
            return "";
        }
        try {
            int value = Integer.parseInt(text);
            return value >= 1 && value <= 65535 ? "" : messages.text("network.problem.port");
        } catch (NumberFormatException e) {
            return messages.text("network.problem.port");
        }
    }

    /**
     * Saves the choice; the next platform request uses it.
     *
     * @param onSaved runs on the FX thread once saved (the dialog closes)
     */
    public void save(Runnable onSaved) {
        if (!valid.get() || saving.get()) {
            return;
        }
        ProxySettings proxy = settings();
        saving.set(true);
        tasks.run(progress -> {
            network.saveProxy(proxy);
            return proxy;
        }, saved -> {
            saving.set(false);
            status.success(messages.text("network.saved." + saved.mode()));
            onSaved.run();
        }, failure -> {
            saving.set(false);
            saveProblem.set(Problems.userText(failure, messages));
        });
    }

    private ProxySettings settings() {
        if (mode.get() != Mode.MANUAL) {
            return new ProxySettings(mode.get(), Kind.HTTP, null, 0, null, null);
        }
        String name = user.get().strip();
        return new ProxySettings(Mode.MANUAL, kind.get(), host.get().strip().toLowerCase(Locale.ROOT),
                Integer.parseInt(port.get().strip()), name.isEmpty() ? null : name,
                name.isEmpty() || password.get().isEmpty() ? null : password.get());
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty hostProperty() {
        return host;
    }

    /** The port as typed; 1–65535. */
    public StringProperty portProperty() {
        return port;
    }

    /** Optional user name for the proxy. */
    public StringProperty userProperty() {
        return user;
    }

    /** The proxy password (bound to a password field); only sent with a user name. */
    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty hostProblemProperty() {
        return hostProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty portProblemProperty() {
        return portProblem.getReadOnlyProperty();
    }

    /** The settings' refusal in its words. */
    public ReadOnlyStringProperty saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }

    /** Manual is chosen: the proxy's fields apply. */
    public ReadOnlyBooleanProperty manualProperty() {
        return manual.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The saved choice has been read into the form. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
