resource "aws_ssm_parameter" "db_password" {
  name  = "/shop/prod/db_password"
  type  = "String" # expect: AWS120
  value = "change-me"
}
