/**
 * WhatsApp Flows' Flow JSON as typed Java: {@link dev.wabasdk.flow.FlowJson}, its {@link dev.wabasdk.flow.Screen}s,
 * every documented {@link dev.wabasdk.flow.Component}, dynamic references ({@link dev.wabasdk.flow.Ref}) and
 * {@link dev.wabasdk.flow.Action}s. Built values are checked against Meta's rules; {@link
 * dev.wabasdk.flow.FlowJson#parse(String)} reads existing Flow JSON back without losing what it does not model.
 *
 * @see <a href="https://developers.facebook.com/docs/whatsapp/flows/reference/flowjson">Flow JSON</a>
 */
@NullMarked
package dev.wabasdk.flow;

import org.jspecify.annotations.NullMarked;
