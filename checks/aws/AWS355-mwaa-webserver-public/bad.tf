resource "aws_mwaa_environment" "etl" {
  name                  = "etl"
  dag_s3_path           = "dags/"
  execution_role_arn    = "arn:aws:iam::123456789012:role/mwaa-etl"
  source_bucket_arn     = "arn:aws:s3:::corp-mwaa-etl"
  webserver_access_mode = "PUBLIC_ONLY" # expect: AWS355

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0aaa1111", "subnet-0bbb2222"]
  }
}
