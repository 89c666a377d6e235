package app.backline.cli;

import app.backline.common.Progress;
import app.backline.common.UserFacingException;
import app.backline.domain.Artist;
import app.backline.domain.Platform;
import app.backline.domain.PostFilter;
import app.backline.domain.Tag;
import app.backline.export.ExportFormat;
import app.backline.export.ExportService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code backline export --artist NAME [--format json|csv] [--last N] [--platform P]... [--tag T] [--out FILE]}.
 * Without {@code --out} the export goes to stdout and nothing else does; it is spooled to a temp file
 * first, so a failed export writes nothing. With {@code --out} the file is replaced atomically and
 * {@code Exported N posts to FILE} goes to stderr.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export an artist's posts, newest first, as JSON (default) or CSV.")
final class ExportCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--artist", required = true, paramLabel = "NAME", description = "Whose posts to export.")
    private String artistName;

    @Option(names = "--format", paramLabel = "json|csv", defaultValue = "json", description = "Default: json.")
    private ExportFormat format;

    @Option(names = "--last", paramLabel = "N", description = "Only the N newest posts.")
    private Integer last;

    @Option(names = "--platform", paramLabel = "P",
            description = "Only posts from this platform (instagram, tiktok, youtube, x, linkedin); repeatable.")
    private List<Platform> platforms = List.of();

    @Option(names = "--tag", paramLabel = "T", description = "Only posts with this tag (release, show, merch, press, general).")
    private Tag tag;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to this file instead of stdout; an existing folder gets a dated file name.")
    private Path out;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (last != null && last < 1) {
            throw new ParameterException(spec.commandLine(), "--last must be at least 1, not " + last);
        }
        Artist artist = context.requireArtist(artistName);
        PostFilter filter = PostFilter.all()
                .withPlatforms(platforms.isEmpty() ? Set.of() : EnumSet.copyOf(platforms))
                .withTag(tag);
        ExportService exports = context.session().exports();
        if (out == null) {
            return toStdout(exports, artist, filter);
        }
        Path file = Files.isDirectory(out)
                ? out.resolve(ExportService.defaultFileName(artist.name(), format, LocalDate.now()))
                : out;
        int count = writeFile(exports, artist, filter, file);
        context.err().println("Exported " + count + " posts to " + file);
        return 0;
    }

    private int writeFile(ExportService exports, Artist artist, PostFilter filter, Path file) throws IOException {
        try {
            return exports.exportToFile(artist, filter, last, format, file, Progress.NONE);
        } catch (IOException e) {
            throw new UserFacingException("Cannot write " + file + ": " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private int toStdout(ExportService exports, Artist artist, PostFilter filter) throws IOException {
        Path spool = Files.createTempFile("backline-export-", "." + format.extension());
        try {
            try (OutputStream spooled = Files.newOutputStream(spool)) {
                exports.export(artist, filter, last, format, spooled, Progress.NONE);
            }
            try (Reader reader = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                reader.transferTo(context.out());
            }
            context.out().flush();
            if (context.out().checkError()) {
                throw new UserFacingException("Could not write the export to standard output");
            }
            return 0;
        } finally {
            Files.deleteIfExists(spool);
        }
    }
}
