/**
 * Campaigns: one template sent to many recipients, preflighted, paced, exactly once across crashes and instances,
 * and tracked from status webhooks. Start with {@link dev.wabasdk.campaign.CampaignRunner}.
 */
@NullMarked
package dev.wabasdk.campaign;

import org.jspecify.annotations.NullMarked;
