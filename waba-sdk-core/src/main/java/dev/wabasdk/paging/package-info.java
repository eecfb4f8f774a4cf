/**
 * Paging of Graph API lists: {@link dev.wabasdk.paging.Page} (one page and its cursor) and
 * {@link dev.wabasdk.paging.Paged} (a list read lazily page by page). Shared by the resource packages; depends on
 * none of them.
 */
@NullMarked
package dev.wabasdk.paging;

import org.jspecify.annotations.NullMarked;
