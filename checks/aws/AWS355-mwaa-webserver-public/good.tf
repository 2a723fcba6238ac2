variable "access_mode" {
  type = string
}

resource "aws_mwaa_environment" "private" {
  name                  = "etl"
  dag_s3_path           = "dags/"
  execution_role_arn    = "arn:aws:iam::123456789012:role/mwaa-etl"
  source_bucket_arn     = "arn:aws:s3:::corp-mwaa-etl"
  webserver_access_mode = "PRIVATE_ONLY"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0aaa1111", "subnet-0bbb2222"]
  }
}

# Absent: the provider default is PRIVATE_ONLY.
resource "aws_mwaa_environment" "default" {
  name               = "reports"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa-reports"
  source_bucket_arn  = "arn:aws:s3:::corp-mwaa-reports"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0aaa1111", "subnet-0bbb2222"]
  }
}

# Unknown: a variable without a value.
resource "aws_mwaa_environment" "configurable" {
  name                  = "adhoc"
  dag_s3_path           = "dags/"
  execution_role_arn    = "arn:aws:iam::123456789012:role/mwaa-adhoc"
  source_bucket_arn     = "arn:aws:s3:::corp-mwaa-adhoc"
  webserver_access_mode = var.access_mode

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0aaa1111", "subnet-0bbb2222"]
  }
}
