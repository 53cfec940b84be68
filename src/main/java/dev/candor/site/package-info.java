/** Plans and builds the static notice site: versions, pages, feed and sitemap. */
package dev.candor.site;
