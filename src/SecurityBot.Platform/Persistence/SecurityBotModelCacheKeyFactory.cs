using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SecurityBot.Platform.Persistence;

/// <summary>
/// EF caches one model per context type; ours depends on which capabilities are registered, so the set of model parts
/// is part of the key (a test host with only some capabilities must not get another host's model).
/// </summary>
internal sealed class SecurityBotModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => context is SecurityBotDbContext db
        ? (context.GetType(), db.ModelKey, designTime)
        : (context.GetType(), designTime);
}
