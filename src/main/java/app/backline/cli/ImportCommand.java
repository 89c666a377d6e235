package app.backline.cli;

import app.backline.common.Progress;
import app.backline.common.UserFacingException;
import app.backline.domain.ArtistRef;
import app.backline.importer.ImportReport;
import app.backline.roster.RosterService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code backline import PATH... --artist NAME}: imports platform archives one by one. Each archive
 * is its own transaction: a rejected one is reported on stderr and the others still import.
 * Exit code 1 when any archive failed.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import platform data-export archives (zip files or folders) for an artist.")
final class ImportCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ImportCommand.class);

    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Archives: zip files or unpacked folders.")
    private List<Path> archives;

    @Option(names = "--artist", required = true, paramLabel = "NAME",
            description = "Whose archives these are; the artist is created when missing.")
    private String artistName;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ArtistRef artist = ArtistRef.byName(RosterService.validName(artistName));
        CliSession session = context.session();
        int failed = 0;
        for (Path archive : archives) {
            if (!importOne(session, archive, artist)) {
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private boolean importOne(CliSession session, Path archive, ArtistRef artist) {
        try {
            checkReadable(archive);
            ImportReport report = session.imports().importArchive(archive, artist, Progress.NONE);
            context.out().println(ImportReportLine.success(archive, report));
            return true;
        } catch (UserFacingException e) {
            context.err().println(ImportReportLine.rejected(archive, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Import of {} failed", archive, e);
            context.err().println(ImportReportLine.failed(archive, e));
        }
        return false;
    }

    private static void checkReadable(Path archive) {
        if (!Files.exists(archive)) {
            throw new UserFacingException("no such file or folder");
        }
        if (!Files.isReadable(archive)) {
            throw new UserFacingException("cannot be read (check its permissions)");
        }
    }
}
