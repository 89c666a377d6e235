package app.backline.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the jar manifest's Implementation-Version, "dev" when run from classes. */
final class ManifestVersionProvider implements IVersionProvider {

    static final String FALLBACK = "dev";

    @Override
    public String[] getVersion() {
        return new String[] {"backline " + version()};
    }

    static String version() {
        String version = ManifestVersionProvider.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? FALLBACK : version;
    }
}
