// The markers on the page (or inside `root`): name -> every value shown, in page order.
(kit, root) => kit.markers(root)
