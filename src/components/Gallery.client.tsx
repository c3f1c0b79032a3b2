'use client'

import { useRef, useState } from 'react'

import type { Picture as PictureData } from '@/lib/data/media'
import { Picture } from './Picture'

/**
 * An artwork's images. Each opens full size: without JavaScript as a link to the largest file,
 * with it in a native <dialog> (focus kept inside, Escape closes).
 */
export function Gallery({
  images,
  labels,
}: {
  images: PictureData[]
  labels: { enlarge: string; close: string; imageOf: string[] }
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState<number | null>(null)
  const show = (i: number) => (event: React.MouseEvent) => {
    event.preventDefault()
    setOpen(i)
    dialog.current?.showModal()
  }
  const current = open === null ? null : images[open]
  return (
    <div className="gallery">
      <ul
        role="list"
        className={images.length > 1 ? 'gallery__list gallery__list--many' : 'gallery__list'}
      >
        {images.map((image, i) => (
          <li key={image.src}>
            <figure>
              <a href={image.full} onClick={show(i)} className="gallery__zoom">
                <Picture
                  image={image}
                  sizes={
                    i === 0 ? '(min-width: 60rem) 56rem, 95vw' : '(min-width: 60rem) 27rem, 95vw'
                  }
                  priority={i === 0}
                />
                <span className="visually-hidden">
                  {labels.enlarge}
                  {images.length > 1 ? ` (${labels.imageOf[i]})` : ''}
                </span>
              </a>
            </figure>
          </li>
        ))}
      </ul>
      <dialog
        ref={dialog}
        className="lightbox"
        onClose={() => setOpen(null)}
        aria-label={current?.alt ?? labels.enlarge}
      >
        {current ? (
          // eslint-disable-next-line @next/next/no-img-element -- full-size original from Payload
          <img src={current.full} alt={current.alt} />
        ) : null}
        <form method="dialog">
          <button type="submit" autoFocus>
            {labels.close}
          </button>
        </form>
      </dialog>
    </div>
  )
}
