import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint fence between runtimes (DESIGN.md §1), run through ESLint's Node API with the
 * project's own eslint.config.js on small files placed (virtually) where they would live.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('the lint fence', () => {
  it('refuses the renderer importing src-main, however the path reaches it', async () => {
    expect(await rulesHit('src-renderer/features/x/Fence.tsx', "import { openCore } from '../../../src-main/core/core';\nexport const x = openCore;\n")).toContain('no-restricted-imports');
    expect(await rulesHit('src-renderer/Fence.ts', "import type { Core } from '../src-main/core/core';\nexport type X = Core;\n")).toContain('no-restricted-imports');
  });

  it('refuses src-shared importing src-main, bare fs, fs/promises or node:fs', async () => {
    expect(await rulesHit('src-shared/text/fence.ts', "import { dispatch } from '../../src-main/core/api/dispatch';\nexport const x = dispatch;\n")).toContain('no-restricted-imports');
    for (const mod of ['fs', 'fs/promises', 'node:fs', 'stream/web']) {
      expect(await rulesHit('src-shared/text/fence.ts', `import * as m from '${mod}';\nexport const x = m;\n`), mod).toContain('no-restricted-imports');
    }
  });

  it('refuses Node globals in the renderer (and in src-shared)', async () => {
    for (const use of ['process.env.HOME', "Buffer.from('a')", '__dirname', "require('x')", '__filename', 'global']) {
      expect(await rulesHit('src-renderer/Fence.ts', `export const x = ${use};\n`), use).toContain('no-restricted-globals');
      expect(await rulesHit('src-shared/fence.ts', `export const x = ${use};\n`), use).toContain('no-restricted-globals');
    }
  });

  it('applies the rules of hooks to components', async () => {
    const conditional = "import { useState } from 'react';\nexport function A({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n";
    expect(await rulesHit('src-renderer/Fence.tsx', conditional)).toContain('react-hooks/rules-of-hooks');
    const missing = "import { useEffect } from 'react';\nexport function A({ id }: { id: string }) {\n  useEffect(() => {\n    console.log(id);\n  }, []);\n  return null;\n}\n";
    expect(await rulesHit('src-renderer/Fence.tsx', missing)).toContain('react-hooks/exhaustive-deps');
  });

  it('lets each side do what it may: main uses Node, the renderer uses the DOM and src-shared', async () => {
    expect(await rulesHit('src-main/core/fence.ts', "import fs from 'node:fs';\nexport const x = fs.existsSync(process.cwd()) && Buffer.alloc(1);\n")).toEqual([]);
    expect(await rulesHit('src-renderer/Fence.ts', "import { echo } from '../src-shared/text/echo';\nexport const x = echo(document.title) + window.location.href;\n")).toEqual([]);
  });
});
