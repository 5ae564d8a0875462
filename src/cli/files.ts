/**
 * Reading and writing files without losing a byte. Text must be UTF-8 (a BOM
 * is kept); a fixed file is written to a temp file in the same directory,
 * flushed, given the original's mode, and renamed over it, so a crash at any
 * moment leaves either the old or the new content. Symlinks are written
 * through (the link stays a link); read-only files are reported, not fixed.
 */
import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, writeSync, chmodSync, chownSync, renameSync, unlinkSync, statSync, readFileSync, realpathSync, type Stats } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Files larger than this are reported rather than read. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024

const BOM = '\ufeff'

export interface ReadFile {
  text: string
  bom: boolean
  /** The real path (symlinks resolved) and its stats at read time. */
  realPath: string
  stats: Stats
}

export class FileError extends Error {
  override name = 'FileError'
}

export function readTextFile(path: string): ReadFile {
  let realPath: string
  let stats: Stats
  try {
    realPath = realpathSync(path)
    stats = statSync(realPath)
  } catch (error) {
    throw new FileError(describeFsError(error, 'cannot read'))
  }
  if (!stats.isFile()) throw new FileError('not a regular file')
  if (stats.size > MAX_FILE_BYTES) throw new FileError(`larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; not read`)
  let bytes: Buffer
  try {
    bytes = readFileSync(realPath)
  } catch (error) {
    throw new FileError(describeFsError(error, 'cannot read'))
  }
  const { text, bom } = decodeUtf8(bytes)
  return { text, bom, realPath, stats }
}

export function decodeUtf8(bytes: Uint8Array): { text: string; bom: boolean } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new FileError('is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8')
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw new FileError(`is not valid UTF-8 (first invalid byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8`)
  }
  const bom = text.startsWith(BOM)
  return { text: bom ? text.slice(1) : text, bom }
}

/** Offset of the first byte that breaks UTF-8 (only called once decoding has failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (length === 0 || i + length > bytes.length) return i
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i
    // Overlong forms and surrogates.
    if (length === 3 && ((b === 0xe0 && bytes[i + 1]! < 0xa0) || (b === 0xed && bytes[i + 1]! >= 0xa0))) return i
    if (length === 4 && ((b === 0xf0 && bytes[i + 1]! < 0x90) || (b === 0xf4 && bytes[i + 1]! >= 0x90))) return i
    i += length
  }
  return bytes.length
}

/**
 * Replace `file` with `text` atomically. Refuses a read-only file and a file
 * that changed on disk since it was read.
 */
export function writeTextFileAtomic(file: ReadFile, text: string): void {
  const { realPath, stats } = file
  if ((stats.mode & 0o222) === 0) throw new FileError('is read-only; not fixed')
  const now = statSync(realPath, { throwIfNoEntry: false })
  if (!now || now.mtimeMs !== stats.mtimeMs || now.size !== stats.size) throw new FileError('changed on disk while being linted; not fixed')
  const temp = join(dirname(realPath), `.${basename(realPath)}.replylint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  const bytes = Buffer.from(file.bom ? BOM + text : text, 'utf8')
  let fd: number | undefined
  try {
    fd = openSync(temp, 'wx', stats.mode & 0o777)
    let written = 0
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    // The umask may have narrowed the mode given to open.
    chmodSync(temp, stats.mode & 0o7777)
    try {
      chownSync(temp, stats.uid, stats.gid)
    } catch {
      // Only root may give a file away; anyone else keeps their own ownership.
    }
    renameSync(temp, realPath)
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    try {
      unlinkSync(temp)
    } catch {
      // Already renamed or never created.
    }
    throw error instanceof FileError ? error : new FileError(describeFsError(error, 'cannot write'))
  }
  try {
    const dir = openSync(dirname(realPath), 'r')
    try {
      fsyncSync(dir)
    } finally {
      closeSync(dir)
    }
  } catch {
    // Directory fsync is not supported everywhere; the rename itself is atomic.
  }
}

export function describeFsError(error: unknown, what: string): string {
  const code = (error as NodeJS.ErrnoException)?.code
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return `${what}: permission denied`
    case 'EISDIR':
      return 'is a directory'
    case 'ELOOP':
      return 'symbolic link loop'
    default:
      return `${what}: ${(error as Error)?.message ?? String(error)}`
  }
}

/** Temp files a killed run may leave behind; never linted. */
export const TEMP_FILE_PATTERN = '**/.*.replylint-*.tmp'
