import type { ReactNode } from 'react'

export function PageHeader({
  title,
  intro,
  kicker,
  lang,
  children,
}: {
  title: string
  intro?: ReactNode
  kicker?: ReactNode
  lang?: string
  children?: ReactNode
}) {
  return (
    <header className="page-header">
      {kicker ? <p className="kicker">{kicker}</p> : null}
      <h1 lang={lang}>{title}</h1>
      {intro ? <p className="page-header__intro">{intro}</p> : null}
      {children}
    </header>
  )
}
