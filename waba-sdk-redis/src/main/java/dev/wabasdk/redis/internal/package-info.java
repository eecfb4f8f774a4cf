/** Implementation details of the Redis stores: the connection, Lua scripts. Not API. */
@NullMarked
package dev.wabasdk.redis.internal;

import org.jspecify.annotations.NullMarked;
