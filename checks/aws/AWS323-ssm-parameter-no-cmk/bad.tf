resource "aws_ssm_parameter" "db_password" { # expect: AWS323
  name  = "/app/db/password"
  type  = "SecureString"
  value = var.db_password
}

variable "db_password" {
  type      = string
  sensitive = true
}
