using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Crisis.Persistence;

internal sealed class PostIncidentReviewConfiguration : IEntityTypeConfiguration<PostIncidentReview>
{
    public void Configure(EntityTypeBuilder<PostIncidentReview> builder)
    {
        builder.ToTable("CrisisReviews");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        // One review per room: the slower of two first saves fails here and is retried as a second save.
        builder.HasIndex(x => x.RoomId).IsUnique();
        builder.HasOne<CrisisRoom>().WithMany().HasForeignKey(x => x.RoomId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(x => x.IncidentNumber).HasMaxLength(32).IsRequired();
        builder.HasIndex(x => x.IncidentNumber);
        builder.Property(x => x.WhatHappened).HasMaxLength(ReviewDraft.MaxWhatHappenedLength).IsRequired();
        builder.Property(x => x.Impact).HasMaxLength(ReviewDraft.MaxSectionLength);
        builder.Property(x => x.RootCause).HasMaxLength(ReviewDraft.MaxSectionLength);
        builder.Property(x => x.WentWell).HasMaxLength(ReviewDraft.MaxSectionLength);
        builder.Property(x => x.ToChange).HasMaxLength(ReviewDraft.MaxSectionLength);
        builder.Property(x => x.AuthorId).HasMaxLength(100).IsRequired();
        builder.Property(x => x.AuthorName).HasMaxLength(CrisisMember.MaxNameLength).IsRequired();
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasMany(x => x.Actions).WithOne().HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
