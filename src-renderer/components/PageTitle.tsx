import { Title, type TitleProps } from '@mantine/core';

/**
 * The one h1 of a page (styled as the former h2). Focus moves to it on every route change
 * (Layout), so a screen reader starts reading the new page from its title.
 */
export function PageTitle(props: Omit<TitleProps, 'order'>) {
  return <Title order={1} size="h2" tabIndex={-1} data-page-title {...props} />;
}
