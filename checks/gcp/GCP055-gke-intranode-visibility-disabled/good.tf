variable "intranode" {
  type = bool
}

resource "google_container_cluster" "visible" {
  name                        = "prod"
  location                    = "europe-west1"
  initial_node_count          = 1
  enable_intranode_visibility = true
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name                        = "dev"
  location                    = "europe-west1"
  initial_node_count          = 1
  enable_intranode_visibility = var.intranode
}
