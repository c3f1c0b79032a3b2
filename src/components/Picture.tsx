import type { Picture as PictureData } from '@/lib/data/media'

/**
 * An image from the sizes sharp made: srcset/sizes let the browser pick, width/height reserve
 * the space (no layout shift), and images below the fold load lazily.
 */
export function Picture({
  image,
  sizes,
  priority = false,
  className,
}: {
  image: PictureData
  sizes: string
  priority?: boolean
  className?: string
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the sizes come from Payload's sharp output
    <img
      className={className}
      src={image.src}
      srcSet={image.srcSet}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      {...(priority ? { fetchPriority: 'high' as const } : {})}
    />
  )
}
