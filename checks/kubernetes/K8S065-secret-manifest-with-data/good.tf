variable "db_password" {
  type        = string
  description = "Database password, set from the CI secret store."
  sensitive   = true
}

resource "kubernetes_secret_v1" "db" {
  metadata {
    name      = "db"
    namespace = "shop"
  }
  data = {
    password = var.db_password
    empty    = ""
  }
}

resource "kubernetes_secret_v1" "token" {
  metadata {
    name      = "ci-token"
    namespace = "shop"
    annotations = {
      "kubernetes.io/service-account.name" = "ci"
    }
  }
  type = "kubernetes.io/service-account-token"
}
