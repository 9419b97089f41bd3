using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Platform.Files;

internal sealed class FileOfferConfiguration : IEntityTypeConfiguration<FileOffer>
{
    public void Configure(EntityTypeBuilder<FileOffer> builder)
    {
        builder.ToTable("FileOffers");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64).ValueGeneratedNever();
        builder.Property(x => x.UserAadObjectId).HasMaxLength(100).IsRequired();
        builder.Property(x => x.FileName).HasMaxLength(FileOffersOptions.MaxFileNameLength).IsRequired();
        builder.Property(x => x.ContentType).HasMaxLength(200).IsRequired();
        builder.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.Status, x.ExpiresAt });
    }
}
