/**
 * The framework's floor: Nest on fastify alone answering GET /hello with a tiny JSON body (one controller, no
 * guard, pipe, hook or logger), in its own process like the service. What an authenticated route of the service
 * costs above it is ours. Started by bench/http/run.ts on the port given in PORT.
 */
import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

@Controller()
class HelloController {
  @Get('hello')
  hello(): { status: string } {
    return { status: 'ok' };
  }
}

@Module({ controllers: [HelloController] })
class HelloModule {}

NestFactory.create<NestFastifyApplication>(HelloModule, new FastifyAdapter(), { logger: false })
  .then((app) => app.listen(Number(process.env['PORT'] ?? 4481), '127.0.0.1'))
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
