using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Platform.Regional;

internal sealed class PersonRegionConfiguration : IEntityTypeConfiguration<PersonRegion>
{
    public void Configure(EntityTypeBuilder<PersonRegion> builder)
    {
        builder.ToTable("PersonRegions");
        builder.HasKey(x => x.UserAadObjectId);
        builder.Property(x => x.UserAadObjectId).HasMaxLength(100).ValueGeneratedNever();
        builder.Property(x => x.TimeZoneId).HasMaxLength(PersonRegion.MaxZoneLength);
        builder.Property(x => x.Locale).HasMaxLength(PersonRegion.MaxLocaleLength);
    }
}
