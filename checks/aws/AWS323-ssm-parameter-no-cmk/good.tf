resource "aws_ssm_parameter" "db_password" {
  name   = "/app/db/password"
  type   = "SecureString"
  value  = var.db_password
  key_id = aws_kms_key.app.arn
}

resource "aws_ssm_parameter" "region" {
  name  = "/app/region"
  type  = "String"
  value = "eu-west-1"
}

resource "aws_kms_key" "app" {
  enable_key_rotation = true
}

variable "db_password" {
  type      = string
  sensitive = true
}
