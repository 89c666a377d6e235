package app.backline.importer;

import app.backline.enrichment.CaptionEntityExtractor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.util.List;

/** The reader of every archive format Backline imports, in the order the detector tries them. */
final class ArchiveReaders {

    private ArchiveReaders() {
    }

    /**
     * @param entities caption entity extraction, for archives that carry no entities of their own
     * @param limits   caps on what one import may read
     * @return X, Instagram, YouTube Takeout, TikTok and LinkedIn readers; their layouts do not overlap
     */
    static List<ArchiveReader> all(CaptionEntityExtractor entities, ArchiveLimits limits) {
        ArchiveJson json = new ArchiveJson(new ObjectMapper(), limits);
        ArchiveCsv csv = new ArchiveCsv(new CsvMapper(), limits);
        return List.of(
                new XArchiveReader(json, new XTweetMapper(entities)),
                new InstagramArchiveReader(json, new InstagramPostMapper(entities)),
                new YouTubeTakeoutReader(csv, new YouTubeVideoMapper(entities)),
                new TikTokArchiveReader(json, new TikTokPostMapper(entities)),
                new LinkedInArchiveReader(csv, new LinkedInShareMapper(entities)));
    }
}
