resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}
