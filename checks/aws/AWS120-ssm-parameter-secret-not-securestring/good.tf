variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_ssm_parameter" "db_password" {
  name  = "/shop/prod/db_password"
  type  = "SecureString"
  value = var.db_password
}

# Not a secret by its name.
resource "aws_ssm_parameter" "db_host" {
  name  = "/shop/prod/db_host"
  type  = "String"
  value = "db.internal"
}
