package io.starhash.server.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets one request at a time down the pipeline: a pipelined request waits until the response to
 * the one before has been written, so that responses leave in request order even when the engine
 * answers them out of order. Too many waiting requests close the connection.
 *
 * <p>One instance per channel; used on its event loop only.
 */
final class SerialRequests extends ChannelDuplexHandler {

  static final int MAX_WAITING = 16;
  private static final Logger LOG = LoggerFactory.getLogger(SerialRequests.class);

  private final Deque<Object> waiting = new ArrayDeque<>();
  private boolean busy;

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!busy) {
      busy = true;
      ctx.fireChannelRead(msg);
      return;
    }
    if (waiting.size() >= MAX_WAITING) {
      LOG.warn("- more than {} pipelined requests from {}: closing", MAX_WAITING, ctx.channel().remoteAddress());
      ReferenceCountUtil.release(msg);
      ctx.close();
      return;
    }
    waiting.add(msg);
    ctx.channel().config().setAutoRead(false);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    boolean responseDone = msg instanceof LastHttpContent;
    ctx.write(msg, promise);
    if (responseDone) {
      busy = false;
      ctx.executor().execute(() -> next(ctx));
    }
  }

  private void next(ChannelHandlerContext ctx) {
    if (busy) {
      return;
    }
    if (!ctx.channel().isActive()) {
      releaseWaiting();
      return;
    }
    Object msg = waiting.poll();
    if (waiting.isEmpty()) {
      ctx.channel().config().setAutoRead(true);
    }
    if (msg != null) {
      busy = true;
      ctx.fireChannelRead(msg);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    releaseWaiting();
    ctx.fireChannelInactive();
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    releaseWaiting();
  }

  private void releaseWaiting() {
    Object msg;
    while ((msg = waiting.poll()) != null) {
      ReferenceCountUtil.release(msg);
    }
  }
}
