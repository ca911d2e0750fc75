package org.eqms.confluence.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.Page;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eqms.document.PageContentHash;
import org.eqms.document.PageLocation;
import org.eqms.document.PageVersion;
import org.junit.jupiter.api.Test;

class ConfluencePageSourceTest {
    private static final long PAGE = 4711;

    private final MockConfluence confluence = new MockConfluence();
    private final ConfluencePageSource pages = new ConfluencePageSource(confluence.pageManager, confluence.attachmentManager);

    @Test
    void theCurrentVersionIsTheStorageFormatBodyTitleAndVersionAsStored() {
        confluence.edit("QMS", PAGE, "SOP", "<p>v1</p>", "u-alice");
        confluence.edit("QMS", PAGE, "SOP cleaning", "<p>v2 &amp; <ac:structured-macro ac:name=\"info\"/></p>", "u-alice");

        PageVersion current = pages.current(PAGE).orElseThrow();

        assertThat(current).isEqualTo(new PageVersion(PAGE, 2, "SOP cleaning",
                "<p>v2 &amp; <ac:structured-macro ac:name=\"info\"/></p>"));
        assertThat(current.contentHash()).isEqualTo(PageContentHash.of(PAGE, 2, "SOP cleaning",
                "<p>v2 &amp; <ac:structured-macro ac:name=\"info\"/></p>"));
    }

    @Test
    void aMissingPageOrTheIdOfAHistoricalVersionIsNoPage() {
        confluence.edit("QMS", PAGE, "SOP", "<p>v1</p>", "u-alice");
        confluence.edit("QMS", PAGE, "SOP", "<p>v2</p>", "u-alice");

        assertThat(pages.current(PAGE + 1)).isEmpty();
        assertThat(pages.current(confluence.contentIdOf(PAGE, 1))).isEmpty();
        assertThat(pages.location(confluence.contentIdOf(PAGE, 1))).isEmpty();
    }

    @Test
    void aHistoricalVersionKeepsThePageIdSoItsHashIsTheOneThatWasSigned() {
        confluence.edit("QMS", PAGE, "SOP", "<p>v1</p>", "u-alice");
        String signedHash = pages.current(PAGE).orElseThrow().contentHash();
        confluence.edit("QMS", PAGE, "SOP", "<p>v2</p>", "u-alice");

        PageVersion v1 = pages.version(PAGE, 1).orElseThrow();

        assertThat(v1).isEqualTo(new PageVersion(PAGE, 1, "SOP", "<p>v1</p>"));
        assertThat(v1.contentHash()).isEqualTo(signedHash);
        assertThat(pages.version(PAGE, 2)).contains(new PageVersion(PAGE, 2, "SOP", "<p>v2</p>"));
    }

    @Test
    void aHistoricalVersionConfluenceNoLongerKeepsIsEmpty() {
        confluence.edit("QMS", PAGE, "SOP", "<p>v1</p>", "u-alice");
        confluence.edit("QMS", PAGE, "SOP", "<p>v2</p>", "u-alice");
        confluence.removeVersion(PAGE, 1);

        assertThat(pages.version(PAGE, 1)).isEmpty();
        assertThat(pages.version(PAGE, 3)).isEmpty();
        assertThat(pages.version(PAGE, 0)).isEmpty();
        assertThat(pages.version(PAGE + 1, 1)).isEmpty();
        assertThat(pages.attachmentHashes(PAGE, 1)).isEmpty();
    }

    @Test
    void theLocationIsTheSpaceAndTheAncestorsRootFirst() {
        Page root = confluence.edit("QMS", 1, "Quality manual", "<p/>", "u-ann");
        Page sops = confluence.edit("QMS", 2, "SOPs", "<p/>", "u-ann", root);
        confluence.edit("QMS", PAGE, "SOP", "<p>v1</p>", "u-alice", root, sops);

        assertThat(pages.location(PAGE)).contains(new PageLocation("QMS", PAGE, List.of(1L, 2L)));
        assertThat(pages.location(1)).contains(PageLocation.topLevel("QMS", 1));
        assertThat(pages.location(PAGE + 1)).isEmpty();
    }

    @Test
    void attachmentHashesAreTheSha256OfTheStreamedBytesReadInPiecesAndClosed() throws Exception {
        Page page = confluence.edit("QMS", PAGE, "SOP", "<p>v1</p>", "u-alice");
        byte[] big = new byte[300_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        byte[] small = "flowchart".getBytes(StandardCharsets.UTF_8);
        Attachment chart = attachment("flowchart.png", 1, new Date(0));
        Attachment form = attachment("form.pdf", 3, new Date(0));
        when(confluence.attachmentManager.getLatestVersionsOfAttachments(page)).thenReturn(List.of(chart, form));
        AtomicBoolean closed = new AtomicBoolean();
        AtomicInteger largestRead = new AtomicInteger();
        when(confluence.attachmentManager.getAttachmentData(form)).thenReturn(tracked(big, closed, largestRead));
        when(confluence.attachmentManager.getAttachmentData(chart)).thenReturn(new ByteArrayInputStream(small));

        assertThat(pages.attachmentHashes(PAGE, 1))
                .containsExactly(java.util.Map.entry("flowchart.png", sha256(small)), java.util.Map.entry("form.pdf", sha256(big)));
        assertThat(closed).isTrue();
        assertThat(largestRead.get()).isLessThan(big.length);
    }

    @Test
    void anAttachmentWhoseDataConfluenceCannotReturnIsReportedMissing() {
        Page page = confluence.edit("QMS", PAGE, "SOP", "<p>v1</p>", "u-alice");
        Attachment lost = attachment("lost.png", 1, new Date(0));
        when(confluence.attachmentManager.getLatestVersionsOfAttachments(page)).thenReturn(List.of(lost));

        assertThat(pages.attachmentHashes(PAGE, 1)).containsEntry("lost.png", ConfluencePageSource.MISSING_DATA);
    }

    @Test
    void aHistoricalVersionsAttachmentsAreTheNewestVersionsSavedByThen() throws Exception {
        confluence.edit("QMS", PAGE, "SOP", "<p>v1</p>", "u-alice");
        Date v1SavedAt = confluence.savedAt(PAGE, 1);
        Page current = confluence.edit("QMS", PAGE, "SOP", "<p>v2</p>", "u-alice");
        Attachment chartV1 = attachment("chart.png", 1, new Date(v1SavedAt.getTime() - 1_000));
        Attachment chartV2 = attachment("chart.png", 2, new Date(v1SavedAt.getTime() + 1_000));
        Attachment later = attachment("later.pdf", 1, new Date(v1SavedAt.getTime() + 2_000));
        when(confluence.attachmentManager.getAllVersionsOfAttachments(current)).thenReturn(List.of(chartV2, later, chartV1));
        when(confluence.attachmentManager.getAttachmentData(chartV1)).thenReturn(new ByteArrayInputStream(new byte[] {1}));

        assertThat(pages.attachmentHashes(PAGE, 1)).containsExactly(java.util.Map.entry("chart.png", sha256(new byte[] {1})));
    }

    @Test
    void signableContentIsTheCurrentVersionOfConfluencePagesOnly() {
        confluence.edit("QMS", PAGE, "SOP", "<p>v1</p>", "u-alice");

        assertThat(pages.current(PageVersion.OBJECT_TYPE, Long.toString(PAGE)))
                .contains(new PageVersion(PAGE, 1, "SOP", "<p>v1</p>").toSignable());
        assertThat(pages.current("jira.issue", Long.toString(PAGE))).isEmpty();
        assertThat(pages.current(PageVersion.OBJECT_TYPE, "not-a-number")).isEmpty();
        assertThat(pages.current(PageVersion.OBJECT_TYPE, "-4")).isEmpty();
    }

    private static Attachment attachment(String fileName, int version, Date modified) {
        Attachment attachment = mock(Attachment.class);
        when(attachment.getFileName()).thenReturn(fileName);
        when(attachment.getVersion()).thenReturn(version);
        when(attachment.getLastModificationDate()).thenReturn(modified);
        return attachment;
    }

    private static InputStream tracked(byte[] bytes, AtomicBoolean closed, AtomicInteger largestRead) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                largestRead.accumulateAndGet(n, Math::max);
                return n;
            }

            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
