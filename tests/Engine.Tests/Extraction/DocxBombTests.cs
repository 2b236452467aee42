using System.IO.Compression;
using ComplianceFns.Engine.Extraction;

namespace ComplianceFns.Engine.Tests.Extraction;

/// <summary>A small DOCX whose parts inflate hugely is refused from its ZIP directory, before anything is inflated.</summary>
public sealed class DocxBombTests
{
    private const long MiB = DocxBombFixtures.MiB;

    /// <summary>Loading the padded part as a DOM would allocate hundreds of MiB; refusing it costs next to nothing.</summary>
    private const long AllocationBound = 16 * MiB;

    [Fact]
    public void Document_xml_padded_with_spaces_is_refused_without_inflating_it()
    {
        var bomb = DocxBombFixtures.WithPaddedDocumentXml(64 * MiB);
        Assert.True(bomb.Length < MiB); // the point of a bomb: tiny on the wire

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DocumentLinkExtractor.ExtractFromDocx(new MemoryStream(bomb));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(result.Links);
        Assert.NotNull(result.Error);
        Assert.StartsWith("DOCX文件中的word/document.xml解压后达64.0 MB（压缩后", result.Error);
        Assert.EndsWith("疑似压缩炸弹，未读取其中的链接", result.Error);
        Assert.InRange(allocated, 0, AllocationBound);
    }

    [Fact]
    public void Highly_compressible_extra_part_is_refused_through_extract_too()
    {
        var bomb = DocxBombFixtures.WithExtraEntries(1, 100 * MiB, _ => "word/media/image9.bin", CompressionLevel.Optimal);

        var result = DocumentLinkExtractor.Extract(new MemoryStream(bomb), "附件.docx");

        Assert.Empty(result.Links);
        Assert.Contains("word/media/image9.bin解压后达100.0 MB", result.Error);
        Assert.Contains("疑似压缩炸弹", result.Error);
    }

    [Fact]
    public void Many_parts_under_the_ratio_floor_are_refused_by_their_total()
    {
        var bomb = DocxBombFixtures.WithExtraEntries(25, 9 * MiB, i => $"word/media/pad{i}.bin", CompressionLevel.Fastest);

        var result = DocumentLinkExtractor.ExtractFromDocx(new MemoryStream(bomb));

        Assert.Empty(result.Links);
        Assert.Equal("DOCX文件解压后过大（超过200.0 MB），疑似压缩炸弹，未读取其中的链接", result.Error);
    }

    [Fact]
    public void Too_many_parts_are_refused()
    {
        var bomb = DocxBombFixtures.WithExtraEntries(DocxLimits.MaxEntries, 1, i => $"customXml/e{i}.xml", CompressionLevel.NoCompression);

        var result = DocumentLinkExtractor.ExtractFromDocx(new MemoryStream(bomb));

        Assert.Empty(result.Links);
        Assert.StartsWith("DOCX文件包含的部件过多（", result.Error);
        Assert.Contains("上限10000个", result.Error);
    }

    [Fact]
    public void Xml_part_too_large_for_a_dom_is_refused_even_when_stored_uncompressed()
    {
        var large = DocxBombFixtures.WithExtraEntries(1, 33 * MiB, _ => "customXml/item1.xml", CompressionLevel.NoCompression);

        var result = DocumentLinkExtractor.ExtractFromDocx(new MemoryStream(large));

        Assert.Empty(result.Links);
        Assert.Equal("DOCX文件中的customXml/item1.xml解压后过大（33.0 MB，上限32.0 MB），未读取其中的链接", result.Error);
    }

    [Fact]
    public void Relationship_parts_beyond_their_total_are_refused()
    {
        var docx = DocxBombFixtures.WithExtraEntries(12, 3 * MiB, i => $"customXml/_rels/item{i}.xml.rels", CompressionLevel.Fastest);

        var result = DocumentLinkExtractor.ExtractFromDocx(new MemoryStream(docx));

        Assert.Empty(result.Links);
        Assert.Equal("DOCX文件中的关系部件（_rels/*.rels）解压后过大（超过32.0 MB），疑似压缩炸弹，未读取其中的链接", result.Error);
    }

    [Fact]
    public void Hand_written_relationship_reader_honours_the_same_caps()
    {
        // Each .rels is small, but together they exceed the relationship budget: nothing is read.
        const string relationship =
            """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="http://127.0.0.1/x" TargetMode="External"/></Relationships>""";
        var docx = DocxBombFixtures.WithExtraEntries(12, 3 * MiB, i => $"customXml/_rels/item{i}.xml.rels", CompressionLevel.Fastest, relationship);

        var targets = DocxRelationshipTargets.Read(new MemoryStream(docx));

        Assert.Empty(targets);
    }

    [Fact]
    public void Ordinary_docx_passes_the_guard()
    {
        var docx = DocxBombFixtures.WithExtraEntries(3, 2 * MiB, i => $"word/media/pad{i}.bin", CompressionLevel.Fastest);

        var result = DocumentLinkExtractor.ExtractFromDocx(new MemoryStream(docx));

        Assert.Null(result.Error);
        Assert.Contains(result.Links, link => link.Uri == "http://127.0.0.1:8080/zcwj/2024/notice.html");
    }
}
